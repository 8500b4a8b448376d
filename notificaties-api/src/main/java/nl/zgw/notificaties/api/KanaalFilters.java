package nl.zgw.notificaties.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

import static nl.zgw.common.filter.ValueType.TEXT;

/** The filter of {@code GET /kanaal} on the kanaal {@code k}: {@code naam} (exact). Oldest first. */
public final class KanaalFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(Filter.of("naam", "k.naam", TEXT)).orderBy("k.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
