package nl.zgw.notificaties.domain;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kenmerk names are compared without regard to camelCase vs snake_case (standard §6.4/§8.3: sources register
 * {@code verantwoordelijke_organisatie} but send {@code verantwoordelijkeOrganisatie}).
 */
public final class KenmerkNaam {

    private KenmerkNaam() {
    }

    public static String normalise(String naam) {
        StringBuilder sb = new StringBuilder(naam.length());
        for (int i = 0; i < naam.length(); i++) {
            char c = naam.charAt(i);
            if (c != '_' && c != '-') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    public static Set<String> normalise(Collection<String> namen) {
        return namen.stream().map(KenmerkNaam::normalise).collect(Collectors.toSet());
    }

    /** The standard's consistency rule: one set of names is a subset or a superset of the other. */
    public static boolean consistent(Collection<String> kanaalFilters, Collection<String> namen) {
        Set<String> a = normalise(kanaalFilters);
        Set<String> b = normalise(namen);
        return a.containsAll(b) || b.containsAll(a);
    }
}
