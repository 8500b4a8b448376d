package nl.zgw.zaken.api;

import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

/** GET /zaakverzoeken: {@code zaak} (this API's zaak URL, by uuid) and {@code verzoek}. */
public final class ZaakVerzoekFilters implements FilterDeclaration {

    public static final Filters FILTERS = ZaakExterneRelatieFilters.of("verzoek");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
