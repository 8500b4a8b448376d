package nl.zgw.besluiten.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

import static nl.zgw.common.filter.ValueType.TEXT;
import static nl.zgw.common.filter.ValueType.URL;

/** The query parameters of besluit_list (besluiten-api-1.1.0.yaml); every column is indexed (V1). */
public final class BesluitFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("identificatie", "e.identificatie", TEXT),
                    Filter.of("verantwoordelijkeOrganisatie", "e.verantwoordelijkeOrganisatie", TEXT)
                            .alias("verantwoordelijke_organisatie"),
                    Filter.of("besluittype", "e.besluittype", URL),
                    Filter.of("zaak", "e.zaak", URL))
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
