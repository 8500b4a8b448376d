package nl.zgw.common.validation;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the failures of every object-level rule of one request, so they are reported together as the reference
 * reports them (clients look for their code among all {@code invalidParams}):
 * <pre>
 * ValidationErrors errors = new ValidationErrors();
 * errors.nonField("date-mismatch", "...");          // a rule over several fields
 * errors.add("statustype", "does_not_exist", "..."); // a rule about one field
 * errors.throwIfAny();                              // 400 with all of them
 * </pre>
 */
public final class ValidationErrors {

    private final List<InvalidParam> errors = new ArrayList<>();

    public ValidationErrors add(String name, String code, String reason) {
        errors.add(new InvalidParam(name, code, reason));
        return this;
    }

    public ValidationErrors add(InvalidParam error) {
        errors.add(error);
        return this;
    }

    public ValidationErrors addAll(Collection<InvalidParam> more) {
        errors.addAll(more);
        return this;
    }

    /** A rule over several fields: reported under {@code nonFieldErrors}. */
    public ValidationErrors nonField(String code, String reason) {
        errors.add(InvalidParam.nonField(code, reason));
        return this;
    }

    /** Runs a rule that throws {@link ZgwException} with field errors, keeping its errors instead of stopping. */
    public ValidationErrors run(Runnable rule) {
        try {
            rule.run();
        } catch (ZgwException e) {
            if (e.status() != 400 || e.invalidParams() == null) {
                throw e;
            }
            errors.addAll(e.invalidParams());
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<InvalidParam> list() {
        return List.copyOf(errors);
    }

    /** 400 {@code invalid} with every collected error ({@link ZgwException#invalid(List)}), if there is one. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
    }
}
