package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.query.Where;
import nl.zgw.zaken.domain.BetrokkeneType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rol__...} filters of GET /zaken (and the same fields of POST /zaken/_zoek): zaken with a rol that
 * matches <em>all</em> given rol conditions, as one {@code EXISTS} over the indexed columns of {@code rol}
 * ({@code rol_inp_bsn_idx (inp_bsn, zaak_id)} makes "the zaken of this BSN" an index-only semi-join).
 *
 * <p>How the zaak list uses it: its filter declaration includes {@link #FILTERS} (so the names are known, and a
 * bad value is the usual 400 {@code invalid}/{@code invalid_choice}), and after parsing it calls
 * {@link #apply(Selection, String)} once with the alias of the zaak. The declarations' own conditions are empty on
 * purpose: the conditions of several rol filters must hold for the same rol, which one declaration per parameter
 * cannot express.
 */
public final class ZaakRolFilters {

    public static final String PREFIX = "rol__";

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(PREFIX + "betrokkeneType", "betrokkeneType");
        COLUMNS.put(PREFIX + "betrokkene", "betrokkene");
        COLUMNS.put(PREFIX + "omschrijvingGeneriek", "omschrijvingGeneriek");
        for (String[] p : RolFilters.IDENTIFICATIE) {
            COLUMNS.put(PREFIX + p[0], p[1]);
        }
    }

    /** The declarations to include in the zaak list's filters ({@code Filters.of(...).with(ZaakRolFilters.FILTERS)}). */
    public static final Filter<?>[] FILTERS = declarations();

    private ZaakRolFilters() {
    }

    private static Filter<?>[] declarations() {
        List<Filter<?>> list = new ArrayList<>();
        list.add(deferred(PREFIX + "betrokkeneType", ValueType.choice(BetrokkeneType.ALL)));
        list.add(deferred(PREFIX + "betrokkene", ValueType.URL));
        list.add(deferred(PREFIX + "omschrijvingGeneriek", ValueType.choice(RolFilters.OMSCHRIJVING_GENERIEK)));
        for (String[] p : RolFilters.IDENTIFICATIE) {
            list.add(deferred(PREFIX + p[0], ValueType.TEXT));
        }
        return list.toArray(Filter<?>[]::new);
    }

    private static <T> Filter<T> deferred(String name, ValueType<T> type) {
        return Filter.where(name, type, (value, where) -> {
        }).columns("r." + COLUMNS.get(name));
    }

    /** Adds the one EXISTS for the rol filters in {@code selection} (none given: nothing added). */
    public static void apply(Selection selection, String zaakAlias) {
        apply(selection.values(), selection.where(), zaakAlias);
    }

    static void apply(Map<String, Object> values, Where where, String zaakAlias) {
        List<String> conditions = new ArrayList<>();
        COLUMNS.forEach((name, column) -> {
            Object value = values.get(name);
            if (value != null) {
                conditions.add("r." + column + " = " + where.bind(value));
            }
        });
        if (!conditions.isEmpty()) {
            where.and("exists (select r.id from Rol r where r.zaak = " + zaakAlias + " and "
                    + String.join(" and ", conditions) + ")");
        }
    }
}
