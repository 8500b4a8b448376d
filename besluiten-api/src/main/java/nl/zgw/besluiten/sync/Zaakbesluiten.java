package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.client.RemoteApi;

import java.util.Map;

/**
 * brc-006: the besluit of a zaak registers itself at the Zaken API ({@code POST {zaak}/besluiten {"besluit": url}});
 * brc-009: deleting the besluit removes that zaakbesluit. Both look first ({@code GET {zaak}/besluiten}), so a job
 * that runs twice changes nothing the second time.
 */
public final class Zaakbesluiten {

    public static final String AANMAKEN = "zaakbesluit-aanmaken";
    public static final String VERWIJDEREN = "zaakbesluit-verwijderen";

    private Zaakbesluiten() {
    }

    public static String sleutel(String zaak, String besluit) {
        return "zaakbesluit " + zaak + " " + besluit;
    }

    public static ObjectNode payload(String zaak, String besluit) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("zaak", zaak);
        n.put("besluit", besluit);
        return n;
    }

    /** The zaakbesluit of {@code besluit} in the list answer, or null. */
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
            String zaak = payload.path("zaak").asText();
            String besluit = payload.path("besluit").asText();
            RemoteApi.Answer list = remote.get(zaak + "/besluiten");
            if (!list.ok()) {
                return failed(list, "GET zaakbesluiten");
            }
            if (find(list.body(), besluit) != null) {
                return Resultaat.ok();
            }
            RemoteApi.Answer created = remote.post(zaak + "/besluiten", Map.of("besluit", besluit));
            return created.ok() ? Resultaat.ok() : failed(created, "POST zaakbesluit");
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
            String zaak = payload.path("zaak").asText();
            String besluit = payload.path("besluit").asText();
            RemoteApi.Answer list = remote.get(zaak + "/besluiten");
            if (list.status() == 404) {
                return Resultaat.ok();       // the zaak is gone, and its zaakbesluiten with it
            }
            if (!list.ok()) {
                return failed(list, "GET zaakbesluiten");
            }
            JsonNode found = find(list.body(), besluit);
            if (found == null) {
                return Resultaat.ok();
            }
            RemoteApi.Answer deleted = remote.delete(found.path("url").asText());
            return deleted.ok() || deleted.status() == 404 ? Resultaat.ok() : failed(deleted, "DELETE zaakbesluit");
        }
    }

    static Synchronisatie.Resultaat failed(RemoteApi.Answer a, String what) {
        return a.unreachable() ? Synchronisatie.Resultaat.onbereikbaar(a.describe(what))
                : Synchronisatie.Resultaat.geweigerd(a.describe(what));
    }
}
