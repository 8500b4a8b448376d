package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.Lookup;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

import java.util.Locale;

import static nl.zgw.common.filter.Lookup.EXACT;
import static nl.zgw.common.filter.Lookup.GT;
import static nl.zgw.common.filter.Lookup.GTE;
import static nl.zgw.common.filter.Lookup.LT;
import static nl.zgw.common.filter.Lookup.LTE;

/**
 * The filters of GET /zaaknotities. {@code gerelateerdAan} is a zaak URL, as the parameter's description says
 * (the file types it as an integer, Open Zaak's internal key, which no client can know). The {@code __icontains}
 * lookups are case-insensitive substring searches within the (few) notities that pass the other conditions.
 */
public final class ZaakNotitieFilters implements FilterDeclaration {

    private static final Lookup[] DATUM = {EXACT, GT, GTE, LT, LTE};

    static final Filters FILTERS = Filters.of(
                    Filter.of("aangemaaktDoor", "e.aangemaaktDoor", ValueType.TEXT),
                    contains("aangemaaktDoor__icontains", "e.aangemaaktDoor"),
                    Filter.of("aanmaakdatum", "e.aanmaakdatum", ValueType.DATE_TIME).lookups(DATUM),
                    Filter.of("gerelateerdAan", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, "zaken")),
                    Filter.of("notitieType", "e.notitieType", ValueType.choice("extern", "intern")),
                    Filter.of("onderwerp", "e.onderwerp", ValueType.TEXT),
                    contains("onderwerp__icontains", "e.onderwerp"),
                    Filter.of("status", "e.status", ValueType.choice("concept", "definitief")),
                    Filter.of("tekst", "e.tekst", ValueType.TEXT),
                    contains("tekst__icontains", "e.tekst"),
                    Filter.of("wijzigingsdatum", "e.wijzigingsdatum", ValueType.DATE_TIME).lookups(DATUM))
            .orderBy("e.id desc");

    private static Filter<String> contains(String name, String path) {
        return Filter.where(name, ValueType.TEXT, (value, where) -> where.and("lower(" + path + ") like ? escape '\\'",
                        "%" + escape(value.toLowerCase(Locale.ROOT)) + "%"))
                .columns(path);
    }

    /** LIKE's wildcards in the value are searched for literally (the backslash, named as the escape character). */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
