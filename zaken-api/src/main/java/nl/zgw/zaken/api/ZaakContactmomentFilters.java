package nl.zgw.zaken.api;

import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

/** GET /zaakcontactmomenten: {@code zaak} (this API's zaak URL, by uuid) and {@code contactmoment}. */
public final class ZaakContactmomentFilters implements FilterDeclaration {

    public static final Filters FILTERS = ZaakExterneRelatieFilters.of("contactmoment");

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
