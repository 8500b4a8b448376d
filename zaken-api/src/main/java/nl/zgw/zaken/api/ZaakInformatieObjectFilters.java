package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

/** GET /zaakinformatieobjecten: {@code zaak} (this API's zaak URL, by uuid) and {@code informatieobject}. */
public final class ZaakInformatieObjectFilters implements FilterDeclaration {

    public static final Filters FILTERS = Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, ZakenApi.ZAKEN)),
                    Filter.of("informatieobject", "e.informatieobject", ValueType.URL))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
