package nl.zgw.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute {@code http(s)} URL with a host, else {@code invalid} "Voer een geldige URL in.". {@code ""} is no value
 * (as for the reference's optional URL fields); add {@link NonBlank} where a URL is required.
 */
@Constraint(validatedBy = AbsoluteUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AbsoluteUrl {
    String message() default Reasons.URL;

    String code() default Codes.INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AbsoluteUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            return value == null || value.isEmpty() || isAbsoluteUrl(value);
        }

        /** Whether {@code value} is an absolute http(s) URL with a host and no white space. */
        public static boolean isAbsoluteUrl(String value) {
            if (value.chars().anyMatch(Character::isWhitespace)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
