package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * A related statustype or eigenschap belongs to the zaaktype of the object that points at it:
 * {@code relations-incorrect-zaaktype} under {@code nonFieldErrors} otherwise, as the reference reports it.
 */
public final class SameZaaktype {

    public static final String CODE = "relations-incorrect-zaaktype";

    private SameZaaktype() {
    }

    /** @param field the relation, named in the reason ({@code statustype}, {@code eigenschappen.0}) */
    public static Optional<InvalidParam> check(Long zaaktype, Long relatedZaaktype, String field) {
        if (zaaktype.equals(relatedZaaktype)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "De " + field + " hoort bij een ander zaaktype."));
    }
}
