package nl.zgw.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** An ISO-8601 duration ({@code P1Y2M10DT2H30M}, {@code P6W}), the OAS format {@code duration}; else {@code invalid}. */
@Constraint(validatedBy = IsoDuration.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDuration {
    String message() default Reasons.DURATION;

    String code() default Codes.INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    Pattern PATTERN = Pattern.compile(
            "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");

    class Validator implements ConstraintValidator<IsoDuration, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            return value == null || PATTERN.matcher(value).matches();
        }
    }
}
