package nl.zgw.documenten.api;

import static nl.zgw.common.filter.Lookup.GT;
import static nl.zgw.common.filter.Lookup.GTE;
import static nl.zgw.common.filter.Lookup.LT;
import static nl.zgw.common.filter.Lookup.LTE;
import static nl.zgw.common.filter.ValueType.DATE_TIME;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;

/** GET /gebruiksrechten (alias {@code e}: Gebruiksrecht). */
public final class GebruiksrechtFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("informatieobject", "e.document.uuid",
                            ValueType.resourceUrl(EioResource.ROOT, EioRepresentation.COLLECTION)),
                    Filter.of("startdatum", "e.startdatum", DATE_TIME).lookups(LT, LTE, GT, GTE),
                    Filter.of("einddatum", "e.einddatum", DATE_TIME).lookups(LT, LTE, GT, GTE))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
