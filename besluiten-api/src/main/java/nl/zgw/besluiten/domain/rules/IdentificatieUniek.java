package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

/** brc-002: (verantwoordelijkeOrganisatie, identificatie) is unique; a given identificatie that exists is refused. */
public final class IdentificatieUniek {

    public static final String CODE = "identificatie-niet-uniek";

    private IdentificatieUniek() {
    }

    public static InvalidParam fout() {
        return new InvalidParam("identificatie", CODE,
                "Deze identificatie bestaat al voor deze verantwoordelijke organisatie.");
    }
}
