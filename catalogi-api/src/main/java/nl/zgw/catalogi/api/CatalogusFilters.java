package nl.zgw.catalogi.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

import static nl.zgw.common.filter.Lookup.EXACT;
import static nl.zgw.common.filter.Lookup.IN;
import static nl.zgw.common.filter.ValueType.TEXT;

/** The filters of {@code GET /catalogussen} on the catalogus {@code c}. */
public final class CatalogusFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("domein", "c.domein", TEXT).lookups(EXACT, IN),
                    Filter.of("rsin", "c.rsin", TEXT).lookups(EXACT, IN))
            .orderBy("c.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
