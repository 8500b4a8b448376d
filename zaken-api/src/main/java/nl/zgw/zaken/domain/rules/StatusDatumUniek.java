package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/** (zaak, datumStatusGezet) is unique, as in the reference implementation (DRF: unique under nonFieldErrors). */
public final class StatusDatumUniek {
    public static final String CODE = "unique";

    private StatusDatumUniek() {
    }

    public static Optional<InvalidParam> check(boolean alBezet) {
        return alBezet ? Optional.of(InvalidParam.nonField(CODE,
                "De velden zaak, datum_status_gezet moeten een unieke set zijn.")) : Optional.empty();
    }
}
