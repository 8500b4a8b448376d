package nl.zgw.common.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A class-level constraint, as an object-level rule of a service is: the period must not end before it begins. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GeldigePeriode.Validator.class)
public @interface GeldigePeriode {

    String message() default "De einddatum ligt voor de begindatum.";

    String code() default "date-mismatch";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigePeriode, ThingsResource.Periode> {
        @Override
        public boolean isValid(ThingsResource.Periode p, ConstraintValidatorContext context) {
            return p == null || p.begin() == null || p.einde() == null || !p.einde().isBefore(p.begin());
        }
    }
}
