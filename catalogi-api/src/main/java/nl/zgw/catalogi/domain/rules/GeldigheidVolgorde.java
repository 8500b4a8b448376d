package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.time.LocalDate;
import java.util.Optional;

/**
 * eindeGeldigheid not before beginGeldigheid; a rule over two fields, so reported under {@code nonFieldErrors} with
 * code {@code date-mismatch}, as the reference does.
 */
public final class GeldigheidVolgorde {

    public static final String CODE = "date-mismatch";

    private GeldigheidVolgorde() {
    }

    public static Optional<InvalidParam> check(LocalDate begin, LocalDate einde) {
        if (begin == null || einde == null || !einde.isBefore(begin)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "eindeGeldigheid mag niet voor beginGeldigheid liggen."));
    }
}
