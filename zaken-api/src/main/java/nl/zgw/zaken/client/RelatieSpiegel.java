package nl.zgw.zaken.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.refs.RemoteCalls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mirror of a zaak's relation in the API of the related object (zrc-005 objectinformatieobjecten, zrc-024
 * objectverzoeken, zrc-025 objectcontactmomenten): {@code POST {root}/{collectie} {object: zaak, objectType: "zaak",
 * veld: doel}} and its removal, both idempotent, so a synchronisation may run them again: a create first looks whether
 * the mirror exists when the POST is refused, a delete removes whatever mirrors it finds (none is done). The API root
 * is that of the related object's URL ({@code {root}/{its collection}/{id}}). A failure throws, so the
 * synchronisation is tried again later.
 */
@ApplicationScoped
public class RelatieSpiegel {

    private final RemoteCalls remote;

    public RelatieSpiegel(RemoteCalls remote) {
        this.remote = remote;
    }

    /** What is mirrored: e.g. collectie objectinformatieobjecten, veld informatieobject. */
    public record Soort(String collectie, String veld) {
    }

    public void aanmaken(Soort soort, String doel, String zaak) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(soort.veld(), doel);
        body.put("object", zaak);
        body.put("objectType", "zaak");
        RemoteCalls.Answer created = remote.post(collectie(soort, doel), body);
        if (created.ok()) {
            return;
        }
        if (!gevonden(soort, doel, zaak).isEmpty()) {
            return;                                                       // made by an earlier attempt
        }
        throw new IllegalStateException("POST " + soort.collectie() + " answered HTTP " + created.status() + ": "
                + abbreviate(created.body()));
    }

    public void verwijderen(Soort soort, String doel, String zaak) {
        for (String url : gevonden(soort, doel, zaak)) {
            RemoteCalls.Answer deleted = remote.delete(url);
            if (!deleted.ok() && deleted.status() != 404) {
                throw new IllegalStateException("DELETE " + url + " answered HTTP " + deleted.status() + ": "
                        + abbreviate(deleted.body()));
            }
        }
    }

    /** The URLs of the mirrors of this relation. */
    private List<String> gevonden(Soort soort, String doel, String zaak) {
        String url = collectie(soort, doel) + "?object=" + encode(zaak) + "&" + soort.veld() + "=" + encode(doel);
        RemoteCalls.Answer found = remote.get(url);
        if (!found.ok()) {
            throw new IllegalStateException("GET " + soort.collectie() + " answered HTTP " + found.status() + ": "
                    + abbreviate(found.body()));
        }
        JsonNode items = found.body().isArray() ? found.body() : found.body().path("results");
        List<String> urls = new ArrayList<>();
        for (JsonNode item : items) {
            if (doel.equals(item.path(soort.veld()).asText()) && item.path("url").isTextual()) {
                urls.add(item.path("url").asText());
            }
        }
        return urls;
    }

    /** {@code {root}/{collectie}} for a related object at {@code {root}/{its collection}/{id}}. */
    static String collectie(Soort soort, String doel) {
        String pad = doel.endsWith("/") ? doel.substring(0, doel.length() - 1) : doel;
        pad = pad.substring(0, pad.lastIndexOf('/'));                    // without the id
        pad = pad.substring(0, pad.lastIndexOf('/'));                    // without its collection: the API root
        return pad + "/" + soort.collectie();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(JsonNode body) {
        String text = body == null || body.isMissingNode() ? "" : body.toString();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
