package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One expandable field of a resource: the field holds the URL (to-one) or URLs (to-many) of resources of
 * {@code doel}. {@code itemVeld} is for a to-many field whose items are objects with the URL in that member
 * (Catalogi's {@code gerelateerdeZaaktypen[].zaaktype}).
 */
public record Relatie(String veld, String doel, boolean meervoudig, String itemVeld) {

    /** The URLs the field of {@code node} points at, in order; nulls and non-URLs are skipped. */
    public List<String> urls(JsonNode node) {
        JsonNode v = node.path(veld);
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                JsonNode u = item.isObject() && itemVeld != null ? item.path(itemVeld) : item;
                if (u.isTextual() && !u.asText().isBlank()) {
                    out.add(u.asText());
                }
            }
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }
}
