package nl.zgw.common.expand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code expand} parameter: the fields to expand on one level, each with what to expand inside it
 * ({@code statustypen,statustypen.eigenschappen,catalogus} is {@code {statustypen: {eigenschappen: {}},
 * catalogus: {}}}). Every segment on a dotted path is expanded (zrc-issue-003).
 */
public final class Expansie {

    static final Expansie GEEN = new Expansie(Map.of());

    private final Map<String, Expansie> velden;

    Expansie(Map<String, Expansie> velden) {
        this.velden = velden;
    }

    public Map<String, Expansie> velden() {
        return Collections.unmodifiableMap(velden);
    }

    public boolean isEmpty() {
        return velden.isEmpty();
    }

    /** For the tests and logs: the paths as in the parameter, e.g. {@code [statustypen, statustypen.eigenschappen]}. */
    @Override
    public String toString() {
        return velden.toString();
    }

    /** Builds the tree while parsing. */
    static final class Builder {
        private final Map<String, Builder> velden = new LinkedHashMap<>();

        Builder veld(String naam) {
            return velden.computeIfAbsent(naam, k -> new Builder());
        }

        Expansie build() {
            if (velden.isEmpty()) {
                return GEEN;
            }
            Map<String, Expansie> out = new LinkedHashMap<>();
            velden.forEach((k, v) -> out.put(k, v.build()));
            return new Expansie(out);
        }
    }
}
