package nl.zgw.common.filter;

import nl.zgw.common.persistence.AnyOf;
import nl.zgw.common.query.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One declared filter of a list: the parameter name as the official OpenAPI file spells it (plus older spellings),
 * the JPQL path it filters, its value type and its lookups. A filter whose meaning is not a comparison of one
 * path (a status over a concept flag, a date inside a geldigheid period) declares its condition instead.
 * Immutable: every method returns a new declaration.
 */
public final class Filter<T> {

    /** The condition of a declared filter for its parsed value. */
    @FunctionalInterface
    public interface Condition<T> {
        void apply(T value, Where where);
    }

    private final String name;
    private final List<String> aliases;
    private final String path;
    private final ValueType<T> type;
    private final Set<Lookup> lookups;
    private final Condition<T> condition;
    private final String byDefault;
    private final List<String> columns;

    private Filter(String name, List<String> aliases, String path, ValueType<T> type, Set<Lookup> lookups,
                   Condition<T> condition, String byDefault, List<String> columns) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.path = path;
        this.type = type;
        this.lookups = Set.copyOf(lookups);
        this.condition = condition;
        this.byDefault = byDefault;
        this.columns = List.copyOf(columns);
    }

    /** {@code name} compares {@code path} (e.g. {@code e.domein}) with the value, exact only until {@link #lookups}. */
    public static <T> Filter<T> of(String name, String path, ValueType<T> type) {
        return new Filter<>(name, List.of(), path, type, EnumSet.of(Lookup.EXACT), null, null, List.of(path));
    }

    /** {@code name} adds {@code condition} for its value (exact only). */
    public static <T> Filter<T> where(String name, ValueType<T> type, Condition<T> condition) {
        return new Filter<>(name, List.of(), null, type, EnumSet.of(Lookup.EXACT), condition, null, List.of());
    }

    /** The lookups offered ({@code name}, {@code name__in}, {@code name__gte}, ...); only for a path filter. */
    public Filter<T> lookups(Lookup... offered) {
        if (path == null) {
            throw new IllegalStateException("a filter with its own condition has only the exact lookup: " + name);
        }
        return new Filter<>(name, aliases, path, type, EnumSet.copyOf(Arrays.asList(offered)), condition,
                byDefault, columns);
    }

    /** Another spelling accepted for the same filter (e.g. the 1.3.1 {@code zaaktype_identificatie}). */
    public Filter<T> alias(String spelling) {
        List<String> more = new ArrayList<>(aliases);
        more.add(spelling);
        return new Filter<>(name, more, path, type, lookups, condition, byDefault, columns);
    }

    /** The value applied when the parameter is absent or blank (e.g. {@code status=definitief}). */
    public Filter<T> byDefault(String text) {
        type.parse(text);
        return new Filter<>(name, aliases, path, type, lookups, condition, text, columns);
    }

    /** The paths a condition filters on, for the reader and the index check. */
    public Filter<T> columns(String... paths) {
        return new Filter<>(name, aliases, path, type, lookups, condition, byDefault, List.of(paths));
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    public ValueType<T> type() {
        return type;
    }

    public Set<Lookup> lookups() {
        return lookups;
    }

    public List<String> columns() {
        return columns;
    }

    String byDefault() {
        return byDefault;
    }

    /** Every parameter name of this filter: each spelling with each lookup's suffix. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Lookup l : Lookup.values()) {
            if (lookups.contains(l)) {
                names.add(name + l.suffix());
                aliases.forEach(a -> names.add(a + l.suffix()));
            }
        }
        return names;
    }

    /** The spellings of one lookup, the official one first. */
    List<String> spellings(Lookup lookup) {
        List<String> s = new ArrayList<>();
        s.add(name + lookup.suffix());
        aliases.forEach(a -> s.add(a + lookup.suffix()));
        return s;
    }

    /** Adds this filter's condition for one lookup and its (non-blank) text; {@link ValueType.Invalid} if bad. */
    void apply(Lookup lookup, String text, Where where) {
        if (condition != null) {
            condition.apply(type.parse(text), where);
            return;
        }
        switch (lookup) {
            case IN -> {
                List<Object> values = new ArrayList<>();
                for (String part : Filters.csv(text)) {
                    values.add(type.parse(part));
                }
                if (values.isEmpty()) {
                    return;
                }
                if (values.stream().allMatch(String.class::isInstance)) {
                    // one array, so the statement is the same whatever the number of values (AnyOf)
                    List<String> texts = values.stream().map(String.class::cast).toList();
                    where.and(AnyOf.condition(path, where.bind(AnyOf.array(texts))));
                } else {
                    where.and(path + " in " + where.bind(values));
                }
            }
            case ISNULL -> where.and(path + (ValueType.BOOLEAN.parse(text) ? " is null" : " is not null"));
            default -> where.and(path + " " + lookup.operator() + " " + where.bind(type.parse(text)));
        }
    }

    /** The parsed value, for a caller that needs it besides the predicate (e.g. the date relations render on). */
    T value(String text) {
        return type.parse(text);
    }
}
