package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.validation.Codes;

import java.util.Optional;

/**
 * A zaak relates a document (zrc-003), besluit, contactmoment or verzoek once: the pair is unique, reported as DRF's
 * UniqueTogetherValidator does ({@code unique} under nonFieldErrors).
 */
public final class UniekeRelatie {

    public static final String CODE = Codes.UNIQUE;

    private UniekeRelatie() {
    }

    /** {@code bestaat}: the zaak already has a relation to this object (other than the one being changed). */
    public static Optional<InvalidParam> check(boolean bestaat, String veld) {
        if (!bestaat) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "De velden zaak, " + veld + " moeten een unieke set zijn."));
    }
}
