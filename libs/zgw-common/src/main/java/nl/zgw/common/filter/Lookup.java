package nl.zgw.common.filter;

/**
 * The lookups of a filter, as django-filter names them: the parameter is the filter's name plus the suffix
 * ({@code startdatum__gte}).
 */
public enum Lookup {
    EXACT("", "="),
    IN("__in", "in"),
    GT("__gt", ">"),
    GTE("__gte", ">="),
    LT("__lt", "<"),
    LTE("__lte", "<="),
    /** {@code true}: the column is null; {@code false}: it is not. */
    ISNULL("__isnull", null);

    private final String suffix;
    private final String operator;

    Lookup(String suffix, String operator) {
        this.suffix = suffix;
        this.operator = operator;
    }

    public String suffix() {
        return suffix;
    }

    String operator() {
        return operator;
    }
}
