package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;

/**
 * The Referentielijsten/Selectielijst API (configured by {@code zgw.referentielijsten.url}, always allow-listed),
 * read through the cached {@link ReferenceClient}: procestypen (ztc-001), resultaten and
 * resultaattypeomschrijvingen (ztc-002).
 */
@ApplicationScoped
public class Selectielijst {

    private final ReferenceClient client;

    public Selectielijst(ReferenceClient client) {
        this.client = client;
    }

    /** ztc-001: a Procestype. */
    public JsonNode procestype(String url, String field) {
        return fetch(url, field, "procestypen", "nummer");
    }

    /** ztc-002: a Resultaat (selectielijstklasse). */
    public JsonNode resultaat(String url, String field) {
        return fetch(url, field, "resultaten", "procesType");
    }

    /** ztc-002: a ResultaattypeOmschrijving. */
    public JsonNode resultaattypeomschrijving(String url, String field) {
        return fetch(url, field, "resultaattypeomschrijvingen", "omschrijving");
    }

    private JsonNode fetch(String url, String field, String collection, String requiredField) {
        JsonNode node;
        try {
            node = client.get(url);
        } catch (ReferenceException e) {
            throw e.forField(field);
        }
        if (!node.isObject() || !node.has(requiredField) || !node.has("url")
                || !url.contains("/" + collection + "/")) {
            throw ZgwException.invalid(field, ReferenceException.INVALID_RESOURCE,
                    "De URL verwijst niet naar een " + collection + "-resource van de Selectielijst API.");
        }
        return node;
    }
}
