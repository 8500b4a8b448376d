package nl.zgw.common.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Lets a validator report one of several codes (an RSIN that is too short is {@code invalid-length}, one that fails
 * the elfproef {@code invalid}): the code travels as the violation's dynamic payload, which {@link FieldErrors} reads
 * before the constraint's own {@code code()}.
 */
public final class Failure {

    private Failure() {
    }

    /** Replaces the default violation by one with this code and reason; returns {@code false} for the validator. */
    public static boolean report(ConstraintValidatorContext ctx, String code, String reason) {
        HibernateConstraintValidatorContext h = ctx.unwrap(HibernateConstraintValidatorContext.class);
        h.disableDefaultConstraintViolation();
        h.withDynamicPayload(code)
                .buildConstraintViolationWithTemplate(escape(reason))
                .addConstraintViolation();
        return false;
    }

    /** A reason is literal text, never a message template. */
    private static String escape(String reason) {
        return reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
