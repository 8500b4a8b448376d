package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.client.RemoteApi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * brc-005: a besluitinformatieobject is mirrored as an objectinformatieobject in the Documenten API
 * ({@code POST {drc}/objectinformatieobjecten {informatieobject, object: besluit, objectType: "besluit"}}); brc-009:
 * deleting it (or its besluit) removes the mirror. The Documenten API root is the informatieobject's URL up to
 * {@code /enkelvoudiginformatieobjecten/}. Both look first, so a job that runs twice changes nothing the second time.
 */
public final class Objectinformatieobjecten {

    public static final String AANMAKEN = "objectinformatieobject-aanmaken";
    public static final String VERWIJDEREN = "objectinformatieobject-verwijderen";
    private static final String EIO = "/enkelvoudiginformatieobjecten/";

    private Objectinformatieobjecten() {
    }

    public static String sleutel(String informatieobject, String besluit) {
        return "objectinformatieobject " + informatieobject + " " + besluit;
    }

    public static ObjectNode payload(String informatieobject, String besluit) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("informatieobject", informatieobject);
        n.put("object", besluit);
        return n;
    }

    static String collection(String informatieobject) {
        int at = informatieobject.indexOf(EIO);
        if (at < 0) {
            throw new IllegalArgumentException("not an enkelvoudiginformatieobject URL: " + informatieobject);
        }
        return informatieobject.substring(0, at) + "/objectinformatieobjecten";
    }

    static String query(String informatieobject, String object) {
        return collection(informatieobject) + "?object=" + URLEncoder.encode(object, StandardCharsets.UTF_8)
                + "&informatieobject=" + URLEncoder.encode(informatieobject, StandardCharsets.UTF_8);
    }

    /** The mirrors in the list answer (plain array, or a page). */
    static List<JsonNode> matching(JsonNode list, String informatieobject, String object) {
        JsonNode items = list != null && list.has("results") ? list.get("results") : list;
        List<JsonNode> found = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (object.equals(item.path("object").asText())
                        && informatieobject.equals(item.path("informatieobject").asText())) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    @ApplicationScoped
    public static class Aanmaken implements Synchronisatie {
        private final RemoteApi remote;

        public Aanmaken(RemoteApi remote) {
            this.remote = remote;
        }

        @Override
        public String soort() {
            return AANMAKEN;
        }

        @Override
        public Resultaat voerUit(JsonNode payload) {
            String io = payload.path("informatieobject").asText();
            String object = payload.path("object").asText();
            RemoteApi.Answer list = remote.get(query(io, object));
            if (!list.ok()) {
                return Zaakbesluiten.failed(list, "GET objectinformatieobjecten");
            }
            if (!matching(list.body(), io, object).isEmpty()) {
                return Resultaat.ok();
            }
            RemoteApi.Answer created = remote.post(collection(io),
                    Map.of("informatieobject", io, "object", object, "objectType", "besluit"));
            return created.ok() ? Resultaat.ok() : Zaakbesluiten.failed(created, "POST objectinformatieobject");
        }
    }

    @ApplicationScoped
    public static class Verwijderen implements Synchronisatie {
        private final RemoteApi remote;

        public Verwijderen(RemoteApi remote) {
            this.remote = remote;
        }

        @Override
        public String soort() {
            return VERWIJDEREN;
        }

        @Override
        public Resultaat voerUit(JsonNode payload) {
            String io = payload.path("informatieobject").asText();
            String object = payload.path("object").asText();
            RemoteApi.Answer list = remote.get(query(io, object));
            if (!list.ok()) {
                return Zaakbesluiten.failed(list, "GET objectinformatieobjecten");
            }
            for (JsonNode mirror : matching(list.body(), io, object)) {
                RemoteApi.Answer deleted = remote.delete(mirror.path("url").asText());
                if (!deleted.ok() && deleted.status() != 404) {
                    return Zaakbesluiten.failed(deleted, "DELETE objectinformatieobject");
                }
            }
            return Resultaat.ok();
        }
    }
}
