package nl.zgw.common.sync;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.RemoteCalls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The skeleton of a {@link SynchronisatieHandler} that keeps a mirror of a relation in another API (a besluit's
 * zaakbesluit, an objectinformatieobject): it looks before it writes, because a handler may run again. A create posts
 * only when the filtered list shows no mirror yet; a delete removes every mirror the list shows (none, or one that is
 * already gone, is done). Any other refusal throws, so the synchronisation is tried again later.
 * <pre>
 * Spiegel s = new Spiegel("zaakbesluit", zaak + "/besluiten", item -&gt; besluit.equals(item.path("besluit").asText()),
 *         zaak + "/besluiten", Map.of("besluit", besluit), true);
 * SynchronisatieHandler.of(AANMAKEN, sync -&gt; spiegels.aanmaken(s));    // and spiegels.verwijderen(s)
 * </pre>
 */
@ApplicationScoped
public class Spiegels {

    private final RemoteCalls remote;

    public Spiegels(RemoteCalls remote) {
        this.remote = remote;
    }

    /**
     * One mirror in the other API.
     *
     * @param naam             what it is called in the error of a refused call
     * @param lijst            the URL of the list that shows it (a plain array or a page)
     * @param herkend          whether an item of that list is this mirror
     * @param collectie        where a create posts it
     * @param body             what a create posts
     * @param lijstWegIsGedaan a 404 on the list means its owner is gone, and the mirror with it (a deleted zaak)
     */
    public record Spiegel(String naam, String lijst, Predicate<JsonNode> herkend, String collectie, Object body,
                          boolean lijstWegIsGedaan) {
    }

    /** Posts the mirror unless the list already shows it. */
    public void aanmaken(Spiegel spiegel) {
        RemoteCalls.Answer list = remote.get(spiegel.lijst());
        if (!list.ok()) {
            throw geweigerd("GET " + spiegel.naam(), list);
        }
        if (!gevonden(list.body(), spiegel.herkend()).isEmpty()) {
            return;
        }
        RemoteCalls.Answer created = remote.post(spiegel.collectie(), spiegel.body());
        if (!created.ok()) {
            throw geweigerd("POST " + spiegel.naam(), created);
        }
    }

    /** Deletes every mirror the list shows; one deleted meanwhile (404) is as good as deleted. */
    public void verwijderen(Spiegel spiegel) {
        RemoteCalls.Answer list = remote.get(spiegel.lijst());
        if (list.status() == 404 && spiegel.lijstWegIsGedaan()) {
            return;
        }
        if (!list.ok()) {
            throw geweigerd("GET " + spiegel.naam(), list);
        }
        for (JsonNode mirror : gevonden(list.body(), spiegel.herkend())) {
            RemoteCalls.Answer deleted = remote.delete(mirror.path("url").asText());
            if (!deleted.ok() && deleted.status() != 404) {
                throw geweigerd("DELETE " + spiegel.naam(), deleted);
            }
        }
    }

    /** The items of a list answer (a plain array, or a page's {@code results}) that {@code herkend} accepts. */
    public static List<JsonNode> gevonden(JsonNode list, Predicate<JsonNode> herkend) {
        JsonNode items = list != null && list.has("results") ? list.get("results") : list;
        List<JsonNode> found = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (herkend.test(item)) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    private static IllegalStateException geweigerd(String what, RemoteCalls.Answer a) {
        return new IllegalStateException(what + ": HTTP " + a.status() + " " + a.body());
    }
}
