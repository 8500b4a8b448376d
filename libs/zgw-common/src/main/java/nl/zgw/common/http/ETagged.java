package nl.zgw.common.http;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET/HEAD detail operation whose 200 response carries an {@code ETag} over its JSON representation and
 * honours {@code If-None-Match} with 304 (standard §1.5).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ETagged {
}
