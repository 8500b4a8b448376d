package nl.zgw.autorisaties.domain;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

/**
 * ac-002: either {@code heeftAlleAutorisaties = true} and no autorisaties, or autorisaties (and the flag false).
 */
public final class AutorisatiesSpecificatie {

    public static final String AMBIGUOUS = "ambiguous-authorizations-specified";
    public static final String MISSING = "missing-authorizations";

    private AutorisatiesSpecificatie() {
    }

    public static void check(ApplicatieInvoer invoer) {
        boolean heeftAutorisaties = !invoer.autorisaties().isEmpty();
        if (heeftAutorisaties && invoer.heeftAlleAutorisaties()) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(AMBIGUOUS,
                    "Either autorisaties or heeftAlleAutorisaties can be specified")));
        }
        if (!heeftAutorisaties && !invoer.heeftAlleAutorisaties()) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(MISSING,
                    "Either autorisaties or heeftAlleAutorisaties should be specified")));
        }
    }
}
