package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.persistence.Onderdeel;
import nl.zgw.catalogi.persistence.Versie;
import nl.zgw.common.http.PublicUrls;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;
import static nl.zgw.catalogi.domain.Collecties.ZAAKTYPEN;

/** The URLs the renderers write: of the resource itself, of its zaaktype and catalogus, and of its relations. */
@Singleton
public class Links {

    private final PublicUrls urls;

    public Links(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }

    /** A new representation: its url, then the stored descriptive attributes. */
    ObjectNode start(String collection, UUID uuid, JsonNode data) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(collection, uuid));
        if (data != null && data.isObject()) {
            n.setAll((ObjectNode) data.deepCopy());
        }
        return n;
    }

    /** A type of a zaaktype version: its zaaktype and catalogus, and the zaaktype's geldigheid where it has none. */
    ObjectNode onderdeel(String collection, UUID uuid, JsonNode data, Zaaktype z) {
        ObjectNode n = start(collection, uuid, data);
        n.put("zaaktype", url(ZAAKTYPEN, z.uuid));
        n.put("zaaktypeIdentificatie", z.identificatie);
        n.put("catalogus", url(CATALOGUSSEN, z.catalogus.uuid));
        if (Nodes.unset(n, "beginGeldigheid")) {
            n.put("beginGeldigheid", z.beginGeldigheid.toString());
        }
        n.put("eindeGeldigheid", z.eindeGeldigheid == null ? null : z.eindeGeldigheid.toString());
        return n;
    }

    /** The URLs of the versions the names resolved to; a name without a valid published version is left out. */
    ArrayNode resolved(String collection, Map<Versie.Naam, UUID> resolved, Long catalogusId, Collection<String> names) {
        ArrayNode a = Nodes.emptyArray();
        for (String name : names) {
            UUID u = resolved.get(new Versie.Naam(catalogusId, name));
            if (u != null) {
                a.add(url(collection, u));
            }
        }
        return a;
    }

    ArrayNode onderdelen(String collection, List<Onderdeel> rows) {
        ArrayNode a = Nodes.emptyArray();
        rows.forEach(r -> a.add(url(collection, r.uuid())));
        return a;
    }

    ArrayNode versies(String collection, List<Versie> rows) {
        ArrayNode a = Nodes.emptyArray();
        rows.forEach(r -> a.add(url(collection, r.uuid())));
        return a;
    }
}
