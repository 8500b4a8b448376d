package nl.zgw.common.filter;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter declaration of one list operation: its filters and the values its {@code ordering} parameter allows.
 * It parses the query string into a {@link Selection} (the SQL conditions with bound values, the order), answering
 * a bad value with 400 and every invalid parameter at once. Its {@link #parameterNames()} are known to
 * {@code UnknownQueryParametersFilter} through {@link FilteredBy}; {@code page} and {@code expand} stay parameters
 * of the operation.
 * <pre>{@code
 * static final Filters CATALOGUSSEN = Filters.of(
 *         Filter.of("domein", "c.domein", ValueType.TEXT).lookups(EXACT, IN),
 *         Filter.of("rsin", "c.rsin", ValueType.TEXT).lookups(EXACT, IN))
 *     .orderBy("c.id");
 * }</pre>
 */
public final class Filters {

    public static final String ORDERING = "ordering";

    private final List<Filter<?>> filters;
    private final Map<String, String> orderings;
    private final String defaultOrder;

    private Filters(List<Filter<?>> filters, Map<String, String> orderings, String defaultOrder) {
        this.filters = List.copyOf(filters);
        this.orderings = orderings;
        this.defaultOrder = defaultOrder;
        Set<String> seen = new LinkedHashSet<>();
        for (Filter<?> f : filters) {
            for (String n : f.parameterNames()) {
                if (!seen.add(n)) {
                    throw new IllegalArgumentException("parameter declared twice: " + n);
                }
            }
        }
    }

    public static Filters of(Filter<?>... filters) {
        return new Filters(List.of(filters), Map.of(), null);
    }

    /** The order of the list without (or besides, as the tie-breaker of) an {@code ordering}: e.g. {@code e.id}. */
    public Filters orderBy(String jpqlOrder) {
        return new Filters(filters, orderings, jpqlOrder);
    }

    /** A value of {@code ordering} (descending as {@code -value}) sorting on {@code path}. */
    public Filters ordering(String value, String path) {
        Map<String, String> more = new LinkedHashMap<>(orderings);
        more.put(value, path);
        return new Filters(filters, Map.copyOf(more), defaultOrder);
    }

    /** This declaration with more filters (a shared set plus the operation's own). */
    public Filters with(Filter<?>... more) {
        List<Filter<?>> all = new ArrayList<>(filters);
        all.addAll(List.of(more));
        return new Filters(all, orderings, defaultOrder);
    }

    public List<Filter<?>> filters() {
        return filters;
    }

    /** The allowed {@code ordering} values (ascending spelling). */
    public Set<String> orderings() {
        return orderings.keySet();
    }

    /** The paths the filters compare, so a reader or a test can check each has an index. */
    public Set<String> columns() {
        Set<String> c = new LinkedHashSet<>();
        filters.forEach(f -> c.addAll(f.columns()));
        c.addAll(orderings.values());
        return c;
    }

    /** Every query parameter this declaration reads: each filter's spellings and lookups, {@code ordering}. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        filters.forEach(f -> names.addAll(f.parameterNames()));
        if (!orderings.isEmpty()) {
            names.add(ORDERING);
        }
        return names;
    }

    /**
     * Reads the query string. A blank value is no filter (as django-filter has it), unless the filter has a
     * default; where several spellings are given the official one wins.
     *
     * @throws ZgwException 400 with every bad parameter ({@code invalid}, {@code invalid_choice})
     */
    public Selection parse(Map<String, List<String>> query) {
        Where where = new Where();
        Map<String, Object> values = new LinkedHashMap<>();
        List<InvalidParam> errors = new ArrayList<>();
        for (Filter<?> f : filters) {
            for (Lookup lookup : Lookup.values()) {
                if (!f.lookups().contains(lookup)) {
                    continue;
                }
                String name = null;
                String text = null;
                for (String spelling : f.spellings(lookup)) {
                    String v = last(query.get(spelling));
                    if (v != null && !v.isBlank()) {
                        name = spelling;
                        text = v;
                        break;
                    }
                }
                if (text == null && lookup == Lookup.EXACT && f.byDefault() != null) {
                    name = f.name();
                    text = f.byDefault();
                }
                if (text == null) {
                    continue;
                }
                try {
                    f.apply(lookup, text, where);
                    if (lookup == Lookup.EXACT) {
                        values.put(f.name(), f.value(text));
                    }
                } catch (ValueType.Invalid e) {
                    errors.add(new InvalidParam(name, e.code(), e.getMessage()));
                }
            }
        }
        String order = order(last(query.get(ORDERING)), errors);
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        return new Selection(where, values, order);
    }

    private String order(String ordering, List<InvalidParam> errors) {
        if (ordering == null || ordering.isBlank() || orderings.isEmpty()) {
            return defaultOrder;
        }
        List<String> parts = new ArrayList<>();
        for (String value : csv(ordering)) {
            boolean descending = value.startsWith("-");
            String path = orderings.get(descending ? value.substring(1) : value);
            if (path == null) {
                // django-filter's OrderingFilter is a choice filter: an unknown value is a 400, not ignored
                errors.add(new InvalidParam(ORDERING, "invalid_choice", "Selecteer een geldige keuze. " + value
                        + " is geen beschikbare keuze."));
                return defaultOrder;
            }
            parts.add(path + (descending ? " desc" : " asc"));
        }
        if (defaultOrder != null) {
            parts.add(defaultOrder);
        }
        return String.join(", ", parts);
    }

    /** The comma-separated values of an {@code __in} or list parameter, trimmed, blanks dropped. */
    public static List<String> csv(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String last(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
