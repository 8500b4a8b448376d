package nl.zgw.common.filter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list operation as reading the filters of a {@link FilterDeclaration}, so their parameter names are known
 * to {@code UnknownQueryParametersFilter} (the OAS parameters stay the contract: anything else is 400
 * {@code unknown-parameters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FilteredBy {
    Class<? extends FilterDeclaration> value();
}
