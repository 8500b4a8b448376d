package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.Spiegels;

import java.util.Map;
import java.util.function.Predicate;

/**
 * brc-006: the besluit of a zaak registers itself at the Zaken API ({@code POST {zaak}/besluiten {"besluit": url}});
 * brc-009: deleting the besluit removes that zaakbesluit. Planned in the besluit's transaction
 * ({@code nl.zgw.common.sync}), carried out after commit by {@link Spiegels}, which looks first
 * ({@code GET {zaak}/besluiten}), so a handler that runs twice changes nothing the second time.
 */
public final class Zaakbesluiten {

    public static final String AANMAKEN = "brc.zaakbesluit.aanmaken";
    public static final String VERWIJDEREN = "brc.zaakbesluit.verwijderen";

    private Zaakbesluiten() {
    }

    /** The relation: a create and a later delete of it run in that order. */
    public static String sleutel(String zaak, String besluit) {
        return "zaakbesluit " + zaak + " " + besluit;
    }

    public static Map<String, String> gegevens(String zaak, String besluit) {
        return Map.of("zaak", zaak, "besluit", besluit);
    }

    /** The zaakbesluit of {@code besluit} in the list answer (a plain array, or a page), or null. */
    static JsonNode find(JsonNode list, String besluit) {
        return Spiegels.gevonden(list, herkend(besluit)).stream().findFirst().orElse(null);
    }

    private static Predicate<JsonNode> herkend(String besluit) {
        return item -> besluit.equals(item.path("besluit").asText());
    }

    /** The zaak's zaakbesluiten ({@code GET {zaak}/besluiten}); a zaak that is gone took its zaakbesluiten along. */
    static Spiegels.Spiegel spiegel(Synchronisatie s) {
        String zaak = s.gegevens().path("zaak").asText();
        String besluit = s.gegevens().path("besluit").asText();
        return new Spiegels.Spiegel("zaakbesluit", zaak + "/besluiten", herkend(besluit), zaak + "/besluiten",
                Map.of("besluit", besluit), true);
    }
}
