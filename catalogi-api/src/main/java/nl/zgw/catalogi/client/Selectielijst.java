package nl.zgw.catalogi.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;

/**
 * The Referentielijsten/Selectielijst API (configured by {@code zgw.referentielijsten.url}, always allow-listed),
 * validated and read through the cached {@link ReferenceValidator}: procestypen (ztc-001), resultaten and
 * resultaattypeomschrijvingen (ztc-002). A failure is the 400 of the request field ({@code bad-url},
 * {@code invalid-resource}).
 */
@ApplicationScoped
public class Selectielijst {

    static final ResourceType<JsonNode> PROCESTYPE =
            ResourceType.of("procestype", "procestypen", JsonNode.class, "url", "nummer");
    static final ResourceType<JsonNode> RESULTAAT =
            ResourceType.of("resultaat", "resultaten", JsonNode.class, "url", "procesType");
    static final ResourceType<JsonNode> RESULTAATTYPEOMSCHRIJVING = ResourceType.of("resultaattypeomschrijving",
            "resultaattypeomschrijvingen", JsonNode.class, "url", "omschrijving");

    private final ReferenceValidator references;

    public Selectielijst(ReferenceValidator references) {
        this.references = references;
    }

    /** ztc-001: a Procestype. */
    public JsonNode procestype(String url, String field) {
        return references.require(field, url, PROCESTYPE);
    }

    /** ztc-002: a Resultaat (selectielijstklasse). */
    public JsonNode resultaat(String url, String field) {
        return references.require(field, url, RESULTAAT);
    }

    /** ztc-002: a ResultaattypeOmschrijving. */
    public JsonNode resultaattypeomschrijving(String url, String field) {
        return references.require(field, url, RESULTAATTYPEOMSCHRIJVING);
    }
}
