package nl.zgw.documenten.domain.rules;

import java.util.Optional;
import nl.zgw.common.problem.InvalidParam;

/** The size of sent content must match the announced bestandsomvang (code {@code file-size}). */
public final class Bestandsomvang {

    public static final String CODE = "file-size";

    private Bestandsomvang() {
    }

    public static Optional<InvalidParam> check(String field, Long announced, long actual) {
        if (announced == null || announced == actual) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, CODE, "Het aangegeven bestandsomvang (" + announced
                + ") komt niet overeen met de grootte van de inhoud (" + actual + ")."));
    }
}
