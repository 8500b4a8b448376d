package nl.zgw.common.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kanaal this service publishes on. Produce one CDI bean per kanaal; the relay registers each at the Notificaties
 * API at startup (idempotently) before it relays anything on it. Its {@code filters} are the kenmerken every
 * notification on it carries, read by name from the main object's representation (Open Zaak declares them the same
 * way on its {@code Kanaal}), so no write assembles them itself.
 */
public record KanaalDefinitie(String naam, String documentatieLink, List<String> filters) {

    public KanaalDefinitie {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** The kenmerken of a notification about {@code hoofdObject}: every filter, its value as text ("" when absent). */
    public Map<String, String> kenmerken(JsonNode hoofdObject) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kenmerk : filters) {
            JsonNode v = hoofdObject == null ? null : hoofdObject.get(kenmerk);
            out.put(kenmerk, v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
        }
        return out;
    }
}
