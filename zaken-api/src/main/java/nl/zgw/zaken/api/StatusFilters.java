package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

/** GET /statussen: zaak (by its uuid), statustype, indicatieLaatstGezetteStatus. Alias e = status, z = its zaak. */
public final class StatusFilters implements FilterDeclaration {
    public static final Filters FILTERS = Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, ZakenApi.ZAKEN)),
                    Filter.of("statustype", "e.statustype", ValueType.URL),
                    Filter.of("indicatieLaatstGezetteStatus", "e.laatstGezet", ValueType.BOOLEAN))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
