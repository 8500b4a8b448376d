package nl.zgw.documenten.api;

import static nl.zgw.common.filter.ValueType.URL;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;

/** GET /objectinformatieobjecten (alias {@code e}: ObjectInformatieObject). */
public final class ObjectInformatieObjectFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("object", "e.object", URL),
                    Filter.of("informatieobject", "e.document.uuid",
                            ValueType.resourceUrl(EioResource.ROOT, EioRepresentation.COLLECTION)))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
