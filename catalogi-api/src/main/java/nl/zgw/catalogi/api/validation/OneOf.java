package nl.zgw.catalogi.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** An enum of the OAS: the value (if present) must be one of {@link #value()}; DRF code {@code invalid_choice}. */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    String[] value();

    String message() default "Ongeldige keuze.";

    String code() default "invalid_choice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private String[] allowed;

        @Override
        public void initialize(OneOf a) {
            allowed = a.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            return value == null || Arrays.asList(allowed).contains(value);
        }
    }
}
