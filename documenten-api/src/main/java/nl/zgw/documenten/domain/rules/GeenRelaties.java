package nl.zgw.documenten.domain.rules;

import java.util.Optional;
import nl.zgw.common.problem.InvalidParam;

/** drc-008: a document with objectinformatieobjecten cannot be deleted (code {@code pending-relations}). */
public final class GeenRelaties {

    public static final String CODE = "pending-relations";

    private GeenRelaties() {
    }

    public static Optional<InvalidParam> check(long relaties) {
        if (relaties == 0) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "All relations to the document must be destroyed before"
                + " destroying the document"));
    }
}
