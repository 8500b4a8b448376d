package nl.zgw.common.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional field that may be left out but not sent as {@code null} (the reference's {@code required=False,
 * allow_null=False}): an explicit {@code null} is {@code null}. Bean validation cannot tell the two apart once bound,
 * so the dialect checks it on the JSON itself ({@code request.ExplicitNulls}) before binding.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface NullNotAllowed {
}
