package nl.zgw.notificaties.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Routing (standard §8.3): for each filter whose kenmerk is present in the message, the message value must equal the
 * filter value, or the filter value is {@code "*"}. Filters on kenmerken absent from the message are ignored; no
 * filters match everything. Names are compared camel/snake-insensitively.
 */
public final class FilterMatch {

    public static final String WILDCARD = "*";

    private FilterMatch() {
    }

    public static boolean matches(Map<String, String> filters, Map<String, String> kenmerken) {
        if (filters == null || filters.isEmpty()) {
            return true;
        }
        Map<String, String> message = new HashMap<>();
        if (kenmerken != null) {
            kenmerken.forEach((k, v) -> message.put(KenmerkNaam.normalise(k), v));
        }
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String key = KenmerkNaam.normalise(f.getKey());
            if (message.containsKey(key)) {
                String wanted = f.getValue();
                if (!WILDCARD.equals(wanted) && !wanted.equals(message.get(key))) {
                    return false;
                }
            }
        }
        return true;
    }
}
