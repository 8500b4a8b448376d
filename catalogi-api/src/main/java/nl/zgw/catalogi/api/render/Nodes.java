package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shaping the renderers share. Fields that are optional but not nullable in the OAS are answered, when unset,
 * as Open Zaak's serializers answer them: "" for a string, false for a boolean, [] for an array, an object of empty
 * values for a gegevensgroep.
 */
final class Nodes {

    private Nodes() {
    }

    static boolean unset(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode();
    }

    static void blankIfNull(ObjectNode n, String... fields) {
        for (String f : fields) {
            if (unset(n, f)) {
                n.put(f, "");
            }
        }
    }

    static void falseIfNull(ObjectNode n, String field) {
        if (unset(n, field)) {
            n.put(field, false);
        }
    }

    static void emptyArrayIfNull(ObjectNode n, String field) {
        if (unset(n, field)) {
            n.putArray(field);
        }
    }

    /** The group {@code field} as an object, created when unset, its string sub-fields {@code blanks} "" when unset. */
    static ObjectNode gegevensgroep(ObjectNode n, String field, String... blanks) {
        ObjectNode g = n.path(field).isObject() ? (ObjectNode) n.get(field) : n.putObject(field);
        blankIfNull(g, blanks);
        return g;
    }

    static void geldigheid(ObjectNode n, LocalDate begin, LocalDate einde) {
        n.put("beginGeldigheid", begin.toString());
        n.put("eindeGeldigheid", einde == null ? null : einde.toString());
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
        return a;
    }

    static ArrayNode emptyArray() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The ids of the rows (of their catalogus, zaaktype, ...), in row order. */
    static <T> Set<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Rows by the id of what they belong to (catalogus or zaaktype), order kept. */
    static <R> Map<Long, List<R>> group(List<R> rows, Function<R, Long> owner) {
        Map<Long, List<R>> m = new HashMap<>();
        rows.forEach(r -> m.computeIfAbsent(owner.apply(r), k -> new ArrayList<>()).add(r));
        return m;
    }
}
