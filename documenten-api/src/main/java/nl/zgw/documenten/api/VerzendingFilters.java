package nl.zgw.documenten.api;

import static nl.zgw.common.filter.ValueType.URL;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;

/** GET /verzendingen (alias {@code e}: Verzending). */
public final class VerzendingFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("aardRelatie", "e.aardRelatie", ValueType.choice("afzender", "geadresseerde")),
                    Filter.of("informatieobject", "e.document.uuid",
                            ValueType.resourceUrl(EioResource.ROOT, EioRepresentation.COLLECTION)),
                    Filter.of("betrokkene", "e.betrokkene", URL))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
