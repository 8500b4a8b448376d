package nl.zgw.common.filter;

import nl.zgw.common.query.Where;

import java.util.Map;

/**
 * A parsed query string: the conditions with their bound values (the caller may add its own, such as the
 * autorisatie predicate), the order, and the value of each exact filter given (or defaulted), by official name.
 */
public record Selection(Where where, Map<String, Object> values, String order) {

    /** The parsed value of a filter, or null when it was not given. */
    public <T> T value(String name, Class<T> type) {
        return type.cast(values.get(name));
    }
}
