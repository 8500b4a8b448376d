package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Collection;
import java.util.Optional;

/**
 * zrc-017: the informatieobjecttype of a zaak's document is one the zaak's zaaktype allows
 * ({@code zaaktype.informatieobjecttypen}, the zaaktype-informatieobjecttypen of the Catalogi API). Code as Open Zaak,
 * under nonFieldErrors.
 */
public final class InformatieobjecttypeVanZaaktype {

    public static final String CODE = "missing-zaaktype-informatieobjecttype-relation";

    private InformatieobjecttypeVanZaaktype() {
    }

    public static Optional<InvalidParam> check(String informatieobjecttype, Collection<String> vanZaaktype) {
        if (informatieobjecttype != null && vanZaaktype.contains(informatieobjecttype)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE,
                "Het informatieobjecttype hoort niet bij het zaaktype van de zaak."));
    }
}
