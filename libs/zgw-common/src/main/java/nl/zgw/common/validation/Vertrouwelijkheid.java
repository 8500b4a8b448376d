package nl.zgw.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A present value is one of the standard's vertrouwelijkheidaanduidingen ({@link Vertrouwelijkheidaanduiding}),
 * else {@code invalid_choice}.
 */
@Constraint(validatedBy = Vertrouwelijkheid.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Vertrouwelijkheid {
    /** Whether {@code ""} counts as "no value". */
    boolean allowBlank() default false;

    String message() default "Ongeldige keuze.";

    String code() default Codes.INVALID_CHOICE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Vertrouwelijkheid, String> {
        private boolean allowBlank;

        @Override
        public void initialize(Vertrouwelijkheid a) {
            allowBlank = a.allowBlank();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            if (value == null || (allowBlank && value.isEmpty())
                    || Arrays.stream(Vertrouwelijkheidaanduiding.values()).anyMatch(v -> v.value().equals(value))) {
                return true;
            }
            return Failure.report(ctx, Codes.INVALID_CHOICE, Reasons.invalidChoice(value));
        }
    }
}
