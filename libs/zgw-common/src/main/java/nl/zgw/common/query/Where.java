package nl.zgw.common.query;

import nl.zgw.common.security.autorisaties.TypeFilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of one list query, each a JPQL fragment over the query's aliases, with every value bound as a
 * named parameter ({@link #bind} hands out the names, so fragments of different origin never collide).
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean nothing;

    /** Binds {@code value} and returns its placeholder ({@code :p0}, {@code :p1}, ...) for a fragment. */
    public String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /** Adds a condition (a JPQL boolean expression whose values were bound with {@link #bind}). */
    public Where and(String condition) {
        conditions.add("(" + condition + ")");
        return this;
    }

    /** Adds a condition with one value: each {@code ?} in {@code template} stands for it. */
    public Where and(String template, Object value) {
        return and(template.replace("?", bind(value)));
    }

    /** Matches no row at all (the query is not even sent). */
    public Where nothing() {
        nothing = true;
        return this;
    }

    /**
     * The autorisatie predicate of a list (zrc-006 and its drc/brc counterparts) on these paths; a caller who may
     * see nothing gets no rows without a query.
     *
     * @param levelPath null where the component has no vertrouwelijkheidaanduiding (besluiten)
     */
    public Where and(TypeFilter filter, String typePath, String levelPath) {
        if (filter.isNothing()) {
            return nothing();
        }
        if (!filter.isEverything()) {
            and(filter.condition(typePath, levelPath, this::bind));
        }
        return this;
    }

    /** The same conditions and values, to add more without changing this one (e.g. a seek for one page). */
    Where copy() {
        Where c = new Where();
        c.conditions.addAll(conditions);
        c.parameters.putAll(parameters);
        c.nothing = nothing;
        return c;
    }

    public boolean isNothing() {
        return nothing;
    }

    /** {@code " where ..."}, or empty without conditions. */
    public String jpql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The bound values, comparable by value (an array bound by {@code AnyOf} as a list), so two requests with the
     * same conditions and values give equal maps: they key the pages {@link PageKeys} remembers.
     */
    public Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, value instanceof Object[] a ? List.of(a) : value));
        return Map.copyOf(values);
    }

    /** Binds every parameter on a query. */
    public <Q extends jakarta.persistence.Query> Q bindTo(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
