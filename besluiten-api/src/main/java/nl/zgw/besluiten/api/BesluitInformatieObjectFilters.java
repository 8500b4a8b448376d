package nl.zgw.besluiten.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;

import static nl.zgw.common.filter.ValueType.URL;

/** The query parameters of besluitinformatieobject_list; a besluit URL is compared by its uuid. */
public final class BesluitInformatieObjectFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("besluit", "b.uuid", ValueType.resourceUrl(BesluitenApi.ROOT, BesluitenApi.BESLUITEN)),
                    Filter.of("informatieobject", "e.informatieobject", URL))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
