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
 * An optional field that may be left out but not sent as {@code null} (the reference's {@code required=False,
 * allow_null=False}): an explicit {@code null} is {@code null}. The validator cannot see the JSON, so it refuses every
 * Java null and {@link FieldErrors} drops the violation when the body did not carry the key.
 */
@Constraint(validatedBy = NullNotAllowed.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NullNotAllowed {
    String message() default Reasons.NULL;

    String code() default Codes.NULL;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NullNotAllowed, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext ctx) {
            return value != null;
        }
    }
}
