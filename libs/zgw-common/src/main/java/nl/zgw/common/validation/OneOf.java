package nl.zgw.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An enumeration of the OAS: a present value must be one of {@link #value()} or, given {@link #enumeration()}, one of
 * that enum's constants in lower case (as the standard spells them: {@code zaakvertrouwelijk}, {@code zrc}), so no
 * list is copied. Code {@code invalid_choice}, reason {@code "x" is een ongeldige keuze.}
 */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    String[] value() default {};

    Class<? extends Enum<?>> enumeration() default None.class;

    /** Whether {@code ""} counts as "no value" (the OAS lists {@code ""} for some optional enums). */
    boolean allowBlank() default false;

    String message() default "Ongeldige keuze.";

    String code() default Codes.INVALID_CHOICE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** No enumeration: {@link #value()} lists the choices. */
    enum None { }

    class Validator implements ConstraintValidator<OneOf, String> {
        private Set<String> allowed;
        private boolean allowBlank;

        @Override
        public void initialize(OneOf a) {
            allowed = choices(a.value(), a.enumeration());
            allowBlank = a.allowBlank();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            if (value == null || allowed.contains(value) || (allowBlank && value.isEmpty())) {
                return true;
            }
            return Failure.report(ctx, Codes.INVALID_CHOICE, Reasons.invalidChoice(value));
        }

        static Set<String> choices(String[] values, Class<? extends Enum<?>> enumeration) {
            Set<String> choices = new LinkedHashSet<>(Arrays.asList(values));
            for (Enum<?> e : enumeration.getEnumConstants()) {
                choices.add(e.name().toLowerCase(Locale.ROOT));
            }
            return choices;
        }
    }
}
