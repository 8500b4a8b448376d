package nl.zgw.zaken.client;

import nl.zgw.common.refs.ReferenceRule;
import nl.zgw.common.refs.ResourceType;

/**
 * The Catalogi resources a rol and a zaakobject refer to, as far as the Zaken API reads them: a roltype gives the
 * rol its {@code omschrijving} and {@code omschrijvingGeneriek}; both belong to one zaaktype (zrc-019, 1.7
 * zaakobjecttype).
 */
public final class RolCatalogi {

    private RolCatalogi() {
    }

    public record Roltype(String url, String zaaktype, String omschrijving, String omschrijvingGeneriek)
            implements ReferenceRule.OfZaaktype {
    }

    public record Zaakobjecttype(String url, String zaaktype, String objecttype, String relatieOmschrijving)
            implements ReferenceRule.OfZaaktype {
    }

    public static final ResourceType<Roltype> ROLTYPE = ResourceType.of("roltype", "roltypen", Roltype.class,
            "url", "zaaktype", "omschrijving", "omschrijvingGeneriek");
    public static final ResourceType<Zaakobjecttype> ZAAKOBJECTTYPE = ResourceType.of("zaakobjecttype",
            "zaakobjecttypen", Zaakobjecttype.class, "url", "zaaktype");
}
