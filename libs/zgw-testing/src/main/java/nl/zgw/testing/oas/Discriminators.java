package nl.zgw.testing.oas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

/**
 * The discriminated schemas of a file ({@code allOf} style: a base with a {@code discriminator}, each subschema
 * {@code allOf [base, its own part]}), taken out of the schema library's hands. The library cannot judge them: it
 * recurses without end when a mapping target is {@code allOf} the discriminating base (Zaken 1.7 Rol, ZaakObject),
 * and finds no subschema at all for a discriminator without mapping (Autorisaties 1.1 {@code component}).
 *
 * <p>{@link #takeOver} rewrites the loadable copy of the file (the served file stays unchanged): per value, base +
 * subschema merged into one schema {@code Discriminated_<subschema>}, the one that value's objects are judged by;
 * the base's content under {@code DiscriminatedBase_<name>}, which each subschema now names instead of the base (so
 * it ends where it is used on its own); and the base's own name becomes {@code type: object}, so where the file says
 * "a Rol" the library only checks for an object and {@link DiscriminatedBodies} judges the rest. A {@code oneOf}/{@code anyOf} with a discriminator (GeoJSONGeometry)
 * is left to the library: the alternatives themselves are checked there.
 */
final class Discriminators {

    private static final String SCHEMAS = "#/components/schemas/";
    static final String BASE_PREFIX = "DiscriminatedBase_";
    static final String JUDGED_PREFIX = "Discriminated_";

    /** One discriminated base: its property and, per value, the name of the subschema the value picks. */
    record Discriminated(String base, String property, Map<String, String> subschemas) {
    }

    private final Map<String, Discriminated> byBase;

    private Discriminators(Map<String, Discriminated> byBase) {
        this.byBase = Map.copyOf(byBase);
    }

    /** The discriminated base a {@code $ref} names, or {@code null}. */
    Discriminated named(String ref) {
        return ref != null && ref.startsWith(SCHEMAS) ? byBase.get(ref.substring(SCHEMAS.length())) : null;
    }

    /** The names of the schemas discriminated objects are judged by, one per subschema. */
    Set<String> judgedSchemas() {
        Set<String> names = new TreeSet<>();
        byBase.values().forEach(d -> names.addAll(d.subschemas().values()));
        return names;
    }

    boolean isEmpty() {
        return byBase.isEmpty();
    }

    /** Finds the discriminated bases of {@code specification} (a parsed file) and rewrites it as described above. */
    static Discriminators takeOver(JsonNode specification) {
        JsonNode found = specification.path("components").path("schemas");
        if (!(found instanceof ObjectNode schemas)) {
            return new Discriminators(Map.of());
        }
        Map<String, Discriminated> byBase = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode schema = schemas.get(name);
            JsonNode discriminator = schema.path("discriminator");
            if (discriminator.isObject() && !schema.has("oneOf") && !schema.has("anyOf")) {
                byBase.put(name, new Discriminated(name, discriminator.path("propertyName").asText(),
                        subschemas(schemas, name, discriminator.path("mapping"))));
            }
        }
        for (Discriminated discriminated : byBase.values()) {
            String base = discriminated.base();
            discriminated.subschemas().replaceAll((value, subschema) -> judgedBy(schemas, base, subschema));
            ObjectNode content = ((ObjectNode) schemas.get(base)).deepCopy();
            content.remove("discriminator");
            schemas.set(BASE_PREFIX + base, content);
            schemas.forEach(schema -> referToCopy(schema, base));
            ObjectNode object = schemas.objectNode().put("type", "object");
            if (content.path("nullable").asBoolean(false)) {
                object.put("nullable", true);
            }
            schemas.set(base, object);
        }
        return new Discriminators(byBase);
    }

    /**
     * The schema a value is judged by, under a name of its own: base + subschema as one object schema (the
     * subschema's {@code allOf} parts merged, and the base's too when the subschema does not name it), so that
     * {@code additionalProperties} is read as {@code false} on the whole and not on each part, which no body could
     * pass. Properties and {@code required} are joined; any other keyword is taken from the first part that has it.
     */
    private static String judgedBy(ObjectNode schemas, String base, String subschema) {
        ObjectNode merged = schemas.objectNode();
        boolean namesBase = false;
        for (JsonNode part : schemas.path(subschema).path("allOf")) {
            namesBase |= (SCHEMAS + base).equals(part.path("$ref").asText());
        }
        if (!namesBase) {
            merge(merged, schemas.get(base), schemas);
        }
        merge(merged, schemas.get(subschema), schemas);
        merged.remove("discriminator");
        String name = JUDGED_PREFIX + subschema;
        schemas.set(name, merged);
        return name;
    }

    private static void merge(ObjectNode into, JsonNode schema, ObjectNode schemas) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith(SCHEMAS)) {
            merge(into, schemas.path(ref.substring(SCHEMAS.length())), schemas);
            return;
        }
        schema.fields().forEachRemaining(e -> {
            switch (e.getKey()) {
                case "allOf" -> e.getValue().forEach(part -> merge(into, part, schemas));
                case "properties" -> {
                    ObjectNode properties = into.has("properties") ? (ObjectNode) into.get("properties")
                            : into.putObject("properties");
                    properties.setAll((ObjectNode) e.getValue().deepCopy());
                }
                case "required" -> {
                    ArrayNode required = into.has("required") ? (ArrayNode) into.get("required")
                            : into.putArray("required");
                    for (JsonNode name : e.getValue()) {
                        if (!contains(required, name)) {
                            required.add(name);
                        }
                    }
                }
                default -> {
                    if (!into.has(e.getKey())) {
                        into.set(e.getKey(), e.getValue().deepCopy());
                    }
                }
            }
        });
    }

    private static boolean contains(ArrayNode values, JsonNode value) {
        for (JsonNode present : values) {
            if (present.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per discriminator value the subschema's name: the file's {@code mapping} when it has one, else (OAS 3.0's
     * implied mapping) the name of every schema that is {@code allOf} the base.
     */
    private static Map<String, String> subschemas(ObjectNode schemas, String base, JsonNode mapping) {
        Map<String, String> subschemas = new TreeMap<>();
        if (mapping.isObject() && !mapping.isEmpty()) {
            mapping.fields().forEachRemaining(e -> subschemas.put(e.getKey(),
                    e.getValue().asText().replaceFirst("^" + SCHEMAS, "")));
            return subschemas;
        }
        schemas.fields().forEachRemaining(e -> {
            for (JsonNode part : e.getValue().path("allOf")) {
                if ((SCHEMAS + base).equals(part.path("$ref").asText())) {
                    subschemas.put(e.getKey(), e.getKey());
                }
            }
        });
        return subschemas;
    }

    private static void referToCopy(JsonNode schema, String base) {
        for (JsonNode part : schema.path("allOf")) {
            if (part instanceof ObjectNode ref && (SCHEMAS + base).equals(ref.path("$ref").asText())) {
                ref.put("$ref", SCHEMAS + BASE_PREFIX + base);
            }
        }
    }
}
