package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.RemoteCalls;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.SynchronisatieHandler;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * brc-005: a besluitinformatieobject is mirrored as an objectinformatieobject in the Documenten API
 * ({@code POST {drc}/objectinformatieobjecten {informatieobject, object: besluit, objectType: "besluit"}}); brc-009:
 * deleting it (or its besluit) removes the mirror. The Documenten API root is the informatieobject's URL up to
 * {@code /enkelvoudiginformatieobjecten/}. Planned in the relation's transaction, carried out after commit (the
 * Documenten API may check back here, drc-004, and then finds the relation committed); both look first, so a handler
 * that runs twice changes nothing the second time.
 */
public final class Objectinformatieobjecten {

    public static final String AANMAKEN = "brc.objectinformatieobject.aanmaken";
    public static final String VERWIJDEREN = "brc.objectinformatieobject.verwijderen";
    private static final String EIO = "/enkelvoudiginformatieobjecten/";

    private Objectinformatieobjecten() {
    }

    public static String sleutel(String informatieobject, String besluit) {
        return "objectinformatieobject " + informatieobject + " " + besluit;
    }

    public static Map<String, String> gegevens(String informatieobject, String besluit) {
        return Map.of("informatieobject", informatieobject, "object", besluit);
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

    /** The mirrors in the list answer (a plain array, or a page). */
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
    public static class Aanmaken implements SynchronisatieHandler {
        private final RemoteCalls remote;

        public Aanmaken(RemoteCalls remote) {
            this.remote = remote;
        }

        @Override
        public String soort() {
            return AANMAKEN;
        }

        @Override
        public void uitvoeren(Synchronisatie s) {
            String io = s.gegevens().path("informatieobject").asText();
            String object = s.gegevens().path("object").asText();
            RemoteCalls.Answer list = remote.get(query(io, object));
            if (!list.ok()) {
                throw Zaakbesluiten.refused("GET objectinformatieobjecten", list);
            }
            if (!matching(list.body(), io, object).isEmpty()) {
                return;
            }
            RemoteCalls.Answer created = remote.post(collection(io),
                    Map.of("informatieobject", io, "object", object, "objectType", "besluit"));
            if (!created.ok()) {
                throw Zaakbesluiten.refused("POST objectinformatieobject", created);
            }
        }
    }

    @ApplicationScoped
    public static class Verwijderen implements SynchronisatieHandler {
        private final RemoteCalls remote;

        public Verwijderen(RemoteCalls remote) {
            this.remote = remote;
        }

        @Override
        public String soort() {
            return VERWIJDEREN;
        }

        @Override
        public void uitvoeren(Synchronisatie s) {
            String io = s.gegevens().path("informatieobject").asText();
            String object = s.gegevens().path("object").asText();
            RemoteCalls.Answer list = remote.get(query(io, object));
            if (!list.ok()) {
                throw Zaakbesluiten.refused("GET objectinformatieobjecten", list);
            }
            for (JsonNode mirror : matching(list.body(), io, object)) {
                RemoteCalls.Answer deleted = remote.delete(mirror.path("url").asText());
                if (!deleted.ok() && deleted.status() != 404) {
                    throw Zaakbesluiten.refused("DELETE objectinformatieobject", deleted);
                }
            }
        }
    }
}
