package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * A zaaktype has a verlengingstermijn exactly when verlengingMogelijk is true: {@code verlenging-mismatch} under
 * {@code nonFieldErrors} otherwise.
 */
public final class VerlengingMismatch {

    public static final String CODE = "verlenging-mismatch";

    private VerlengingMismatch() {
    }

    public static Optional<InvalidParam> check(Boolean verlengingMogelijk, String verlengingstermijn) {
        if (Boolean.TRUE.equals(verlengingMogelijk) == (verlengingstermijn != null)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "verlengingstermijn moet gezet zijn als verlengingMogelijk "
                + "true is, en leeg als verlengingMogelijk false is."));
    }
}
