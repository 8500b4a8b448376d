package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * ztc-002: the selectielijstklasse of a resultaattype belongs to the selectielijstProcestype of its zaaktype:
 * {@code procestype-mismatch} under {@code nonFieldErrors} otherwise (a rule over the resultaattype and its
 * zaaktype, as the reference reports it). URLs compare without a trailing slash.
 */
public final class ProcestypeMismatch {

    public static final String CODE = "procestype-mismatch";

    private ProcestypeMismatch() {
    }

    /** @param klasseProcestype the {@code procesType} of the selectielijstklasse */
    public static Optional<InvalidParam> check(String klasseProcestype, String zaaktypeProcestype) {
        if (klasseProcestype != null && zaaktypeProcestype != null
                && strip(klasseProcestype).equals(strip(zaaktypeProcestype))) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE,
                "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype."));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
