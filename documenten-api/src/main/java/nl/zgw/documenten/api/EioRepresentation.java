package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.documenten.domain.Bestandsdeel;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.persistence.DocumentRepository;

/**
 * Renders versions of enkelvoudiginformatieobjecten as the OAS {@code EnkelvoudigInformatieObject}: {@code inhoud}
 * is the download URL of that versie, unset non-nullable strings are "", bestandsdelen of a pending upload listed.
 */
@RequestScoped
public class EioRepresentation {

    public static final String COLLECTION = "enkelvoudiginformatieobjecten";
    private static final List<String> TEXT = List.of("identificatie", "formaat", "bestandsnaam", "link",
            "beschrijving", "verschijningsvorm", "status");

    private final ObjectMapper mapper;
    private final PublicUrls urls;
    private final DocumentRepository documents;

    public EioRepresentation(ObjectMapper mapper, PublicUrls urls, DocumentRepository documents) {
        this.mapper = mapper;
        this.urls = urls;
        this.documents = documents;
    }

    public String url(UUID uuid) {
        return urls.resource(COLLECTION, uuid);
    }

    public String bestandsdeelUrl(UUID uuid) {
        return urls.resource("bestandsdelen", uuid);
    }

    public ObjectNode render(EioVersie v) {
        return render(List.of(v)).get(0);
    }

    /** A page at once: one query for the bestandsdelen of all its documents. */
    public List<ObjectNode> render(List<EioVersie> versies) {
        List<Long> pending = versies.stream().filter(v -> v.document.uploadId != null).map(v -> v.document.id)
                .distinct().toList();
        Map<Long, List<Bestandsdeel>> delen = documents.delen(pending);
        return versies.stream().map(v -> render(v, delen.getOrDefault(v.document.id, List.of()))).toList();
    }

    private ObjectNode render(EioVersie v, List<Bestandsdeel> delen) {
        String url = url(v.document.uuid);
        JsonNode d = v.data;
        ObjectNode n = mapper.createObjectNode();
        n.put("url", url);
        n.put("identificatie", v.identificatie);
        n.put("bronorganisatie", v.bronorganisatie);
        n.put("creatiedatum", v.creatiedatum.toString());
        n.put("titel", v.titel);
        n.put("vertrouwelijkheidaanduiding", v.vertrouwelijkheidaanduiding);
        n.set("isGereedVoorPublicatie", v.isGereedVoorPublicatie == null ? n.nullNode()
                : n.booleanNode(v.isGereedVoorPublicatie));
        n.put("tonenAanInitiator", d.path("tonenAanInitiator").asBoolean(false));
        n.put("auteur", v.auteur);
        n.put("status", v.status == null ? "" : v.status);
        n.set("inhoudIsVervallen", orNull(d, "inhoudIsVervallen"));
        n.put("taal", d.path("taal").asText(""));
        n.put("versie", v.versie);
        n.put("beginRegistratie", Timestamps.format(v.beginRegistratie));
        for (String f : TEXT) {
            if (!n.has(f)) {
                n.put(f, d.path(f).isTextual() ? d.path(f).asText() : "");
            }
        }
        if (v.contentKey != null) {
            n.put("inhoud", url + "/download?versie=" + v.versie);
        } else {
            n.putNull("inhoud");
        }
        if (v.bestandsomvang == null) {
            n.putNull("bestandsomvang");
        } else {
            n.put("bestandsomvang", v.bestandsomvang);
        }
        n.set("ontvangstdatum", orNull(d, "ontvangstdatum"));
        n.set("verzenddatum", orNull(d, "verzenddatum"));
        n.set("indicatieGebruiksrecht", v.indicatieGebruiksrecht == null ? n.nullNode()
                : n.booleanNode(v.indicatieGebruiksrecht));
        n.set("ondertekening", ondertekening(d.path("ondertekening")));
        n.set("integriteit", integriteit(d.path("integriteit")));
        n.put("informatieobjecttype", v.informatieobjecttype);
        n.put("locked", v.document.lock != null);
        ArrayNode parts = n.putArray("bestandsdelen");
        if (v.laatste) {
            for (Bestandsdeel b : delen) {
                ObjectNode p = parts.addObject();
                p.put("url", bestandsdeelUrl(b.uuid));
                p.put("volgnummer", b.volgnummer);
                p.put("omvang", b.omvang);
                p.put("voltooid", b.voltooid);
                p.put("lock", "");
            }
        }
        n.set("trefwoorden", d.path("trefwoorden").isArray() ? d.get("trefwoorden").deepCopy() : n.arrayNode());
        return n;
    }

    private JsonNode ondertekening(JsonNode o) {
        if (!o.isObject()) {
            return mapper.nullNode();
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("soort", o.path("soort").asText(""));
        n.set("datum", orNull(o, "datum"));
        return n;
    }

    private JsonNode integriteit(JsonNode o) {
        if (!o.isObject()) {
            return mapper.nullNode();
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("algoritme", o.path("algoritme").asText(""));
        n.put("waarde", o.path("waarde").asText(""));
        n.set("datum", orNull(o, "datum"));
        return n;
    }

    private JsonNode orNull(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null ? mapper.nullNode() : v.deepCopy();
    }

    /** The version as a request body (for PATCH): its data plus the fields kept in columns. */
    public ObjectNode request(EioVersie v) {
        ObjectNode n = v.data.deepCopy();
        n.put("identificatie", v.identificatie);
        n.put("bronorganisatie", v.bronorganisatie);
        n.put("creatiedatum", v.creatiedatum.toString());
        n.put("titel", v.titel);
        n.put("vertrouwelijkheidaanduiding", v.vertrouwelijkheidaanduiding);
        n.put("auteur", v.auteur);
        n.put("informatieobjecttype", v.informatieobjecttype);
        if (v.status != null) {
            n.put("status", v.status);
        }
        if (v.isGereedVoorPublicatie != null) {
            n.put("isGereedVoorPublicatie", v.isGereedVoorPublicatie);
        }
        if (v.indicatieGebruiksrecht != null) {
            n.put("indicatieGebruiksrecht", v.indicatieGebruiksrecht);
        } else {
            n.putNull("indicatieGebruiksrecht");
        }
        return n;                        // bestandsomvang not: a PATCH without it keeps or replaces the content

    }
}
