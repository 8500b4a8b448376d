package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.Spiegels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * brc-005: a besluitinformatieobject is mirrored as an objectinformatieobject in the Documenten API
 * ({@code POST {drc}/objectinformatieobjecten {informatieobject, object: besluit, objectType: "besluit"}}); brc-009:
 * deleting it (or its besluit) removes the mirror. The Documenten API root is the informatieobject's URL up to
 * {@code /enkelvoudiginformatieobjecten/}. Planned in the relation's transaction, carried out after commit (the
 * Documenten API may check back here, drc-004, and then finds the relation committed) by {@link Spiegels}, which
 * looks first, so a handler that runs twice changes nothing the second time.
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
        return Spiegels.gevonden(list, herkend(informatieobject, object));
    }

    private static Predicate<JsonNode> herkend(String informatieobject, String object) {
        return item -> object.equals(item.path("object").asText())
                && informatieobject.equals(item.path("informatieobject").asText());
    }

    static Spiegels.Spiegel spiegel(Synchronisatie s) {
        String io = s.gegevens().path("informatieobject").asText();
        String object = s.gegevens().path("object").asText();
        return new Spiegels.Spiegel("objectinformatieobject", query(io, object), herkend(io, object), collection(io),
                Map.of("informatieobject", io, "object", object, "objectType", "besluit"), false);
    }
}
