package nl.zgw.common.security.autorisaties;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes of which the caller needs at least one for this operation (the OAS {@code security} of the
 * operation). For zrc/drc/brc this checks that some autorisatie of the component carries the scope; the check
 * against the object's type and vertrouwelijkheid happens in the use case via {@link Autorisaties}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {
    String[] value();
}
