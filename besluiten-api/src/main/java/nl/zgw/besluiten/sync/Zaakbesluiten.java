package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.RemoteCalls;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.SynchronisatieHandler;

import java.util.Map;

/**
 * brc-006: the besluit of a zaak registers itself at the Zaken API ({@code POST {zaak}/besluiten {"besluit": url}});
 * brc-009: deleting the besluit removes that zaakbesluit. Planned in the besluit's transaction
 * ({@code nl.zgw.common.sync}), carried out after commit; both look first ({@code GET {zaak}/besluiten}), so a
 * handler that runs twice changes nothing the second time.
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
        JsonNode items = list != null && list.has("results") ? list.get("results") : list;
        if (items == null || !items.isArray()) {
            return null;
        }
        for (JsonNode item : items) {
            if (besluit.equals(item.path("besluit").asText())) {
                return item;
            }
        }
        return null;
    }

    static IllegalStateException refused(String what, RemoteCalls.Answer a) {
        return new IllegalStateException(what + ": HTTP " + a.status() + " " + a.body());
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
            String zaak = s.gegevens().path("zaak").asText();
            String besluit = s.gegevens().path("besluit").asText();
            RemoteCalls.Answer list = remote.get(zaak + "/besluiten");
            if (!list.ok()) {
                throw refused("GET zaakbesluiten", list);
            }
            if (find(list.body(), besluit) != null) {
                return;
            }
            RemoteCalls.Answer created = remote.post(zaak + "/besluiten", Map.of("besluit", besluit));
            if (!created.ok()) {
                throw refused("POST zaakbesluit", created);
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
            String zaak = s.gegevens().path("zaak").asText();
            String besluit = s.gegevens().path("besluit").asText();
            RemoteCalls.Answer list = remote.get(zaak + "/besluiten");
            if (list.status() == 404) {
                return;                      // the zaak is gone, and its zaakbesluiten with it
            }
            if (!list.ok()) {
                throw refused("GET zaakbesluiten", list);
            }
            JsonNode found = find(list.body(), besluit);
            if (found == null) {
                return;
            }
            RemoteCalls.Answer deleted = remote.delete(found.path("url").asText());
            if (!deleted.ok() && deleted.status() != 404) {
                throw refused("DELETE zaakbesluit", deleted);
            }
        }
    }
}
