package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;

/** The one filter of GET /klantcontacten: zaak. */
public final class KlantContactFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, "zaken")))
            .orderBy("e.id desc");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
