package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code fields} of POST /zaken/_zoek (zrc-029, 1.6+): which fields of each zaak to answer, as the expand mechanism
 * does: a name keeps that field, {@code "*"} keeps all, an object {@code {"zaaktype": ["omschrijving", ...]}} selects
 * within a nested group (processobject) or, for a relation, expands it and selects within the expanded resource
 * (under {@code _expand}, the relation's URL kept too).
 */
public final class Velden {

    private final boolean alles;
    private final List<String> namen;
    private final Map<String, Velden> genest;

    private Velden(boolean alles, List<String> namen, Map<String, Velden> genest) {
        this.alles = alles;
        this.namen = namen;
        this.genest = genest;
    }

    public static Velden parse(JsonNode fields) {
        if (!fields.isArray()) {
            throw new IllegalArgumentException("Een lijst van velden verwacht.");
        }
        boolean alles = false;
        List<String> namen = new ArrayList<>();
        Map<String, Velden> genest = new LinkedHashMap<>();
        for (JsonNode f : fields) {
            if (f.isTextual()) {
                if (f.asText().equals("*")) {
                    alles = true;
                } else {
                    namen.add(f.asText());
                }
            } else if (f.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    genest.put(e.getKey(), parse(e.getValue()));
                }
            } else {
                throw new IllegalArgumentException("Een veld is een naam of een object met geneste velden.");
            }
        }
        return new Velden(alles, namen, genest);
    }

    /**
     * The expand paths these fields need: each nested key that {@code relatie} (resource, veld → target or null)
     * knows as a relation, dotted for deeper levels; comma-separated.
     */
    public String expand(String resource, BiFunction<String, String, String> relatie) {
        List<String> paden = new ArrayList<>();
        paden(resource, "", relatie, paden);
        return String.join(",", paden);
    }

    private void paden(String resource, String prefix, BiFunction<String, String, String> relatie,
                       List<String> paden) {
        genest.forEach((veld, sub) -> {
            String doel = relatie.apply(resource, veld);
            if (doel != null) {
                paden.add(prefix + veld);
                sub.paden(doel, prefix + veld + ".", relatie, paden);
            }
        });
    }

    /** The node with only the selected fields (its {@code _expand} selected likewise). */
    public ObjectNode select(ObjectNode node) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode expand = node.get("_expand");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String veld = e.getKey();
            if (veld.equals("_expand")) {
                continue;
            }
            if (alles || namen.contains(veld)) {
                out.set(veld, e.getValue());
            }
        }
        ObjectNode selectedExpand = JsonNodeFactory.instance.objectNode();
        genest.forEach((veld, sub) -> {
            JsonNode expanded = expand == null ? null : expand.get(veld);
            if (expanded != null) {
                out.set(veld, node.get(veld));
                selectedExpand.set(veld, sub.select(expanded));
            } else if (node.has(veld)) {
                out.set(veld, sub.select(node.get(veld)));
            }
        });
        if (!selectedExpand.isEmpty()) {
            out.set("_expand", selectedExpand);
        }
        return out;
    }

    private JsonNode select(JsonNode value) {
        if (value instanceof ObjectNode o) {
            return select(o);
        }
        if (value.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            value.forEach(v -> a.add(select(v)));
            return a;
        }
        return value;
    }
}
