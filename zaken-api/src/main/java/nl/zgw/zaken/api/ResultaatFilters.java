package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

/** GET /resultaten: zaak (by its uuid), resultaattype. Alias e = resultaat, z = its zaak. */
public final class ResultaatFilters implements FilterDeclaration {
    public static final Filters FILTERS = Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, ZakenApi.ZAKEN)),
                    Filter.of("resultaattype", "e.resultaattype", ValueType.URL))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
