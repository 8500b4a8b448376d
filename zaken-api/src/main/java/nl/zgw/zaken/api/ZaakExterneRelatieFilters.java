package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

/** The filters of a zaak's relations to external objects: {@code zaak} (by uuid) and the object under its name. */
final class ZaakExterneRelatieFilters {

    private ZaakExterneRelatieFilters() {
    }

    static Filters of(String veld) {
        return Filters.of(
                        Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, ZakenApi.ZAKEN)),
                        Filter.of(veld, "e.doel", ValueType.URL))
                .orderBy("e.id");
    }
}
