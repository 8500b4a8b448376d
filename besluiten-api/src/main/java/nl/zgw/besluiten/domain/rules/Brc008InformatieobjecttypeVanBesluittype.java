package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.List;
import java.util.Optional;

/**
 * brc-008: the informatieobjecttype of a besluitinformatieobject's document is listed in
 * {@code besluit.besluittype.informatieobjecttypen}.
 */
public final class Brc008InformatieobjecttypeVanBesluittype {

    public static final String CODE = "missing-besluittype-informatieobjecttype-relation";

    private Brc008InformatieobjecttypeVanBesluittype() {
    }

    public static Optional<InvalidParam> check(String informatieobjecttype, List<String> vanBesluittype) {
        if (vanBesluittype != null && vanBesluittype.contains(informatieobjecttype)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE,
                "Het informatieobjecttype van het informatieobject hoort niet bij het besluittype van het besluit."));
    }
}
