package nl.zgw.common.http;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Operations that carry geometry: {@code Accept-Crs}/{@code Content-Crs} must be EPSG:4326 (standard §1.6). */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface GeoCrs {
}
