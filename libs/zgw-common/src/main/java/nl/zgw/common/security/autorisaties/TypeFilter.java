package nl.zgw.common.security.autorisaties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        int[] grant = {-1};
        String jpql = condition(typeField, levelField, value -> {
            // condition binds each grant's type, then its levels: authType0, authLevels0, authType1, ...
            String name = value instanceof List ? "authLevels" + grant[0] : "authType" + ++grant[0];
            params.put(name, value);
            return ":" + name;
        });
        return new Predicate(jpql, params);
    }

    /**
     * The condition with its values bound by {@code bind} (which returns a placeholder such as {@code :p3}), so it
     * joins the other conditions of a list query ({@code nl.zgw.common.query.Where}).
     */
    public String condition(String typeField, String levelField, Function<Object, String> bind) {
        if (all) {
            return "1 = 1";
        }
        if (grants.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            if (i > 0) {
                sb.append(" or ");
            }
            sb.append("(").append(typeField).append(" = ").append(bind.apply(g.type()));
            if (levelField != null && g.allowedLevels() != null) {
                sb.append(" and ").append(levelField).append(" in ").append(bind.apply(g.allowedLevels()));
            }
            sb.append(")");
        }
        return sb.append(")").toString();
    }
}
