package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.domain.BetrokkeneType;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code rol__...} filters of GET /zaken (and the same fields of POST /zaken/_zoek), on the zaak alias
 * {@code e}: each given parameter is one {@code EXISTS} over an indexed column of {@code rol}
 * ({@code rol_inp_bsn_idx (inp_bsn, zaak_id)} makes "the zaken of this BSN" an index-only semi-join). As in Open
 * Zaak, where each is its own django-filter on the multi-valued {@code rol} relation, two rol parameters may be met
 * by two different rollen of the zaak.
 */
public final class ZaakRolFilters {

    public static final String PREFIX = "rol__";

    /** The declarations the zaak list includes ({@code ZaakFilters.ROL}). */
    public static final Filter<?>[] FILTERS = declarations();

    private ZaakRolFilters() {
    }

    private static Filter<?>[] declarations() {
        List<Filter<?>> list = new ArrayList<>();
        list.add(exists(PREFIX + "betrokkeneType", "betrokkeneType", ValueType.choice(BetrokkeneType.ALL)));
        list.add(exists(PREFIX + "betrokkene", "betrokkene", ValueType.URL));
        list.add(exists(PREFIX + "omschrijvingGeneriek", "omschrijvingGeneriek",
                ValueType.choice(RolFilters.OMSCHRIJVING_GENERIEK)));
        for (String[] p : RolFilters.IDENTIFICATIE) {
            list.add(exists(PREFIX + p[0], p[1], ValueType.TEXT));
        }
        return list.toArray(Filter<?>[]::new);
    }

    private static <T> Filter<T> exists(String name, String property, ValueType<T> type) {
        return Filter.where(name, type, (value, where) -> where.and(
                        "exists (select r.id from Rol r where r.zaak = e and r." + property + " = ?)", value))
                .columns("r." + property);
    }
}
