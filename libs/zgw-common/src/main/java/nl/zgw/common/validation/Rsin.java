package nl.zgw.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A present value is a valid RSIN: nine digits passing the elfproef ({@code only-digits}, {@code invalid-length},
 * {@code invalid}), as vng-api-common's {@code validate_rsin}.
 */
@Constraint(validatedBy = Rsin.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Rsin {
    String message() default "Onjuist RSIN nummer.";

    String code() default Codes.INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Rsin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            return Elfproef.check(value, "RSIN", ctx);
        }
    }
}
