package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

/** A document is related to a besluit once: (besluit, informatieobject) is unique. */
public final class UniekeRelatie {

    public static final String CODE = "unique";

    private UniekeRelatie() {
    }

    public static InvalidParam fout() {
        return InvalidParam.nonField(CODE, "De velden besluit, informatieobject moeten een unieke set zijn.");
    }
}
