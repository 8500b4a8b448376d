package nl.zgw.notificaties.domain;

import nl.zgw.common.problem.ZgwException;

import java.util.Map;

/**
 * The filter names of an abonnement's kanalen entry are a subset or superset of the kanaal's filters
 * ({@code inconsistent-abonnement-filters}).
 */
public final class AbonnementFiltersConsistent {

    public static final String CODE = "inconsistent-abonnement-filters";

    private AbonnementFiltersConsistent() {
    }

    public static void check(Kanaal kanaal, Map<String, String> filters, int index) {
        if (filters != null && !filters.isEmpty() && !KenmerkNaam.consistent(kanaal.filters, filters.keySet())) {
            throw ZgwException.invalid("kanalen." + index + ".filters", CODE,
                    "abonnement filters aren't consistent with kanaal filters");
        }
    }
}
