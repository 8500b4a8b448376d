package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ObjectType;

/** The filters of GET /zaakobjecten (zaak, object, objectType), each on an indexed column of {@code zaakobject}. */
public final class ZaakObjectFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, "zaken")),
                    Filter.of("object", "e.object", ValueType.URL),
                    Filter.of("objectType", "e.objectType", ValueType.choice(ObjectType.ALL)))
            .orderBy("e.id desc");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
