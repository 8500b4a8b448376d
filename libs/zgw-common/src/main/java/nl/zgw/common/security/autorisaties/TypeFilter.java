package nl.zgw.common.security.autorisaties;

import nl.zgw.common.persistence.AnyOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The list predicate of zrc-006 and its drc/brc counterparts: the caller sees only objects whose type is granted and
 * (where the component has it) whose vertrouwelijkheidaanduiding is at most the granted maximum. Rendered as a JPQL
 * fragment with named parameters so the database filters, never the service after the fact.
 */
public final class TypeFilter {

    /** One granted type with the levels allowed for it (null when the component has no vertrouwelijkheid). */
    public record Grant(String type, List<String> allowedLevels) {
    }

    private final boolean all;
    private final List<Grant> grants;

    private TypeFilter(boolean all, List<Grant> grants) {
        this.all = all;
        this.grants = List.copyOf(grants);
    }

    public static TypeFilter everything() {
        return new TypeFilter(true, List.of());
    }

    public static TypeFilter of(List<Grant> grants) {
        return new TypeFilter(false, grants);
    }

    public boolean isEverything() {
        return all;
    }

    public boolean isNothing() {
        return !all && grants.isEmpty();
    }

    public List<Grant> grants() {
        return grants;
    }

    /**
     * The same predicate in memory (for objects that are not filtered by a query, e.g. expanded or fetched ones):
     * may an object of {@code type} with {@code level} be listed? A null {@code level} checks the type only
     * (besluiten).
     */
    public boolean allows(String type, String level) {
        if (all) {
            return true;
        }
        return grants.stream().anyMatch(g -> g.type().equals(type)
                && (level == null || g.allowedLevels() == null || g.allowedLevels().contains(level)));
    }

    /** A JPQL condition and its parameters. */
    public record Predicate(String jpql, Map<String, Object> parameters) {
    }

    /**
     * @param typeField  e.g. {@code z.zaaktype}
     * @param levelField e.g. {@code z.vertrouwelijkheidaanduiding}, or null for besluiten
     */
    public Predicate toJpql(String typeField, String levelField) {
        Map<String, Object> params = new HashMap<>();
        int[] group = {-1};
        String jpql = render(typeField, levelField, (types, value) -> {
            // each group binds its types, then (where it has them) its levels: authTypes0, authLevels0, authTypes1, ...
            String name = types ? "authTypes" + ++group[0] : "authLevels" + group[0];
            params.put(name, value);
            return ":" + name;
        });
        return new Predicate(jpql, params);
    }

    /**
     * The condition with its values bound by {@code bind} (which returns a placeholder such as {@code :p3}), so it
     * joins the other conditions of a list query ({@code nl.zgw.common.query.Where}). The grants are grouped by
     * their allowed levels, one {@code (type = any(...) and level = any(...))} per group: at most one group per maximum
     * vertrouwelijkheidaanduiding, whatever the number of types. PostgreSQL answers that (and its count) from the
     * index on (type, level) alone, where one OR branch per type made it read most of the table (bench/zaken: the
     * count of a client with 10 zaaktypen over a million zaken went from 381 ms to under 20 ms).
     */
    public String condition(String typeField, String levelField, Function<Object, String> bind) {
        return render(typeField, levelField, (types, value) -> bind.apply(value));
    }

    /** {@link #condition}; {@code bind} is told whether it binds a group's types (true) or its levels. */
    private String render(String typeField, String levelField, BiFunction<Boolean, Object, String> bind) {
        if (all) {
            return "1 = 1";
        }
        if (grants.isEmpty()) {
            return "1 = 0";
        }
        Map<List<String>, List<String>> typesByLevels = new LinkedHashMap<>();
        for (Grant g : grants) {
            List<String> levels = levelField == null ? null : g.allowedLevels();
            typesByLevels.computeIfAbsent(levels, k -> new ArrayList<>()).add(g.type());
        }
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        for (Map.Entry<List<String>, List<String>> group : typesByLevels.entrySet()) {
            if (!first) {
                sb.append(" or ");
            }
            first = false;
            sb.append("(").append(AnyOf.condition(typeField, bind.apply(true, AnyOf.array(group.getValue()))));
            if (group.getKey() != null) {
                sb.append(" and ").append(AnyOf.condition(levelField, bind.apply(false, AnyOf.array(group.getKey()))));
            }
            sb.append(")");
        }
        return sb.append(")").toString();
    }
}
