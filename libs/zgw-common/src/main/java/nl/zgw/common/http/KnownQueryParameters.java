package nl.zgw.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Query parameters an operation accepts besides those it declares with {@code @QueryParam}/{@code @RestQuery}
 * (e.g. spelling variants of an older version read from {@code UriInfo}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KnownQueryParameters {
    String[] value();
}
