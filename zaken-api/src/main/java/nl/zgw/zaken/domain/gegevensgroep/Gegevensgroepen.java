package nl.zgw.zaken.domain.gegevensgroep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.validation.Codes;
import nl.zgw.common.validation.Reasons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The nested groups of the Zaken API whose shape depends on a discriminator ({@code betrokkeneIdentificatie} of a
 * rol, {@code objectIdentificatie} of a zaakobject, their addresses, {@code contactpersoonRol}), read and rendered
 * by the component schemas of the official file itself ({@code META-INF/openapi.yaml}), so that every one of the
 * thirty-odd shapes has exactly the fields, lengths, enums and required fields the contract gives it.
 *
 * <p>Reading answers as Django REST framework does for a nested serializer: {@code invalid} (not an object, a wrong
 * type, a bad format or pattern), {@code required}, {@code null}, {@code blank} (a required or {@code minLength}
 * string that is empty), {@code max_length}, {@code min_length}, {@code max_value}, {@code min_value},
 * {@code invalid_choice}, {@code not_a_list}, each on its dotted path. Keys are accepted in camelCase and snake_case;
 * keys the schema does not know are dropped. Rendering fills in what was never given: {@code ""} for a string
 * (left out when the string's pattern refuses {@code ""}), {@code []} for a list, {@code null} for a nullable group
 * or a number, the empty group for a required one.
 */
public final class Gegevensgroepen {

    /** A read group: its normalised value (camelCase keys, known fields only) and what was wrong with it. */
    public record Gelezen(JsonNode waarde, List<InvalidParam> fouten) {
        public boolean isGoed() {
            return fouten.isEmpty();
        }
    }

    private static final String RESOURCE = "META-INF/openapi.yaml";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Gegevensgroepen OFFICIAL = load(RESOURCE);

    private final JsonNode schemas;
    private final Map<String, JsonNode> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    Gegevensgroepen(JsonNode schemas) {
        this.schemas = schemas;
    }

    /** The groups of the official file served by this service. */
    public static Gegevensgroepen official() {
        return OFFICIAL;
    }

    static Gegevensgroepen load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the official file is not on the classpath: " + resource);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new Gegevensgroepen(root.path("components").path("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One group's schema, to read and render values of it. */
    public final class Groep {
        private final JsonNode schema;

        private Groep(JsonNode schema) {
            this.schema = schema;
        }

        public Gelezen read(JsonNode value, String path) {
            List<InvalidParam> fouten = new ArrayList<>();
            JsonNode waarde = readValue(schema, value, path, fouten);
            return new Gelezen(waarde, fouten);
        }

        public ObjectNode render(JsonNode stored) {
            return (ObjectNode) renderValue(schema, stored == null || !stored.isObject()
                    ? JsonNodeFactory.instance.objectNode() : stored);
        }
    }

    /** The group of a component schema by name ({@code ContactPersoonRol}). */
    public Groep groep(String schema) {
        return new Groep(schema(schema));
    }

    /**
     * The group {@code property} of the schema a discriminator maps {@code type} to, as the file has it (the Rol
     * schema maps {@code natuurlijk_persoon} to {@code natuurlijk_persoon_Rol}, whose {@code betrokkeneIdentificatie}
     * is a {@code RolNatuurlijkPersoon}); empty when that schema has no such group (a zaakobject of type
     * {@code besluit}) or the type is not mapped.
     */
    public java.util.Optional<Groep> discriminated(String base, String type, String property) {
        JsonNode mapping = schemas.path(base).path("discriminator").path("mapping");
        if (!mapping.has(type)) {
            return java.util.Optional.empty();
        }
        String ref = mapping.get(type).asText();
        JsonNode mapped = schema(ref.substring(ref.lastIndexOf('/') + 1));
        JsonNode p = mapped.path("properties").path(property);
        if (p.isMissingNode()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Groep(resolve(p)));
    }

    /**
     * The identificatie group of a zaakobject of {@code objectType}, and the name the file gives it: the file names
     * it {@code objectIdentificatie}, except for the five betrokkene kinds (natuurlijk_persoon, ...), whose
     * {@code {type}_ZaakObject} composes {@code betrokkene_identificatie_Rol...} (a defect of the generated files
     * since 1.5.1; Open Zaak and its clients use {@code objectIdentificatie} for every type).
     */
    public java.util.Optional<Map.Entry<String, Groep>> zaakobjectGroep(String objectType) {
        for (String naam : List.of("objectIdentificatie", "betrokkeneIdentificatie")) {
            java.util.Optional<Groep> g = discriminated("ZaakObject", objectType, naam);
            if (g.isPresent()) {
                return java.util.Optional.of(Map.entry(naam, g.get()));
            }
        }
        return java.util.Optional.empty();
    }

    /** The property names of a component schema, in the file's order ({@code allOf} merged). */
    public List<String> properties(String schema) {
        List<String> names = new ArrayList<>();
        schema(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    JsonNode schema(String name) {
        return resolved.computeIfAbsent(name, n -> {
            JsonNode s = schemas.get(n);
            if (s == null) {
                throw new IllegalArgumentException("no component schema " + n + " in the official file");
            }
            return resolve(s);
        });
    }

    /** Follows {@code $ref} and merges {@code allOf} into one schema (siblings such as {@code nullable} kept). */
    private JsonNode resolve(JsonNode s) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            ObjectNode merged = resolve(schemas.path(name)).deepCopy();
            copySiblings(s, merged);
            return merged;
        }
        if (s.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            for (JsonNode part : s.get("allOf")) {
                mergeInto(merged, resolve(part));
            }
            copySiblings(s, merged);
            return merged;
        }
        return s;
    }

    private static void copySiblings(JsonNode from, ObjectNode to) {
        from.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref") && !e.getKey().equals("allOf")) {
                to.set(e.getKey(), e.getValue());
            }
        });
    }

    private static void mergeInto(ObjectNode merged, JsonNode part) {
        part.fields().forEachRemaining(e -> {
            if (e.getKey().equals("properties")) {
                ObjectNode props = merged.has("properties") ? (ObjectNode) merged.get("properties")
                        : merged.putObject("properties");
                e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), p.getValue()));
            } else if (e.getKey().equals("required")) {
                ArrayNode req = merged.has("required") ? (ArrayNode) merged.get("required")
                        : merged.putArray("required");
                e.getValue().forEach(req::add);
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
    }

    private JsonNode property(JsonNode schema, String name) {
        return resolve(schema.path("properties").path(name));
    }

    private JsonNode readValue(JsonNode schema, JsonNode value, String path, List<InvalidParam> fouten) {
        if (isObject(schema)) {
            return readObject(schema, value, path, fouten);
        }
        String type = type(schema);
        switch (type) {
            case "array" -> {
                if (!value.isArray()) {
                    fouten.add(new InvalidParam(path, Codes.NOT_A_LIST, Reasons.notAList(value)));
                    return null;
                }
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                JsonNode items = resolve(schema.path("items"));
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    String itemPath = path + "." + i;
                    if (item.isNull()) {
                        fouten.add(new InvalidParam(itemPath, Codes.NULL, Reasons.NULL));
                    } else {
                        out.add(nullToMissing(readValue(items, item, itemPath, fouten)));
                    }
                }
                return out;
            }
            case "integer" -> {
                return readInteger(schema, value, path, fouten);
            }
            default -> {
                return readString(schema, value, path, fouten);
            }
        }
    }

    private static JsonNode nullToMissing(JsonNode n) {
        return n == null ? JsonNodeFactory.instance.nullNode() : n;
    }

    private JsonNode readObject(JsonNode schema, JsonNode value, String path, List<InvalidParam> fouten) {
        if (!value.isObject()) {
            fouten.add(new InvalidParam(path, Codes.INVALID, Reasons.notAnObject(value)));
            return null;
        }
        JsonNode props = schema.path("properties");
        if (!props.isObject() || props.isEmpty()) {
            return value;                                      // additionalProperties: free data (overigeData)
        }
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Map<String, JsonNode> given = given(value, props);
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode p = property(schema, name);
            if (p.path("readOnly").asBoolean(false)) {
                continue;
            }
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            JsonNode v = given.get(name);
            if (v == null) {
                if (required.contains(name)) {
                    fouten.add(new InvalidParam(fieldPath, Codes.REQUIRED, Reasons.REQUIRED));
                }
                continue;
            }
            if (v.isNull()) {
                if (p.path("nullable").asBoolean(false)) {
                    out.putNull(name);
                } else {
                    fouten.add(new InvalidParam(fieldPath, Codes.NULL, Reasons.NULL));
                }
                continue;
            }
            int before = fouten.size();
            JsonNode read = readValue(p, v, fieldPath, fouten);
            if (fouten.size() == before && read != null) {
                if (read.isTextual() && read.asText().isEmpty() && required.contains(name)) {
                    fouten.add(new InvalidParam(fieldPath, Codes.BLANK, Reasons.BLANK));
                } else {
                    out.set(name, read);
                }
            }
        }
        return out;
    }

    /**
     * The given fields by their camelCase name. Any spelling that differs only in case and underscores counts when
     * the exact one is absent: snake_case ({@code inp_a_nummer}) and what the body reader's camelCasing makes of it
     * ({@code inpANummer}) are both the file's {@code inpA_nummer}.
     */
    private static Map<String, JsonNode> given(JsonNode value, JsonNode props) {
        Map<String, JsonNode> byCanon = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> byCanon.putIfAbsent(canon(e.getKey()), e.getValue()));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode v = value.has(name) ? value.get(name) : byCanon.get(canon(name));
            if (v != null) {
                byName.put(name, v);
            }
        }
        return byName;
    }

    static String canon(String key) {
        return key.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode readInteger(JsonNode schema, JsonNode value, String path, List<InvalidParam> fouten) {
        long n;
        if (value.isIntegralNumber()) {
            n = value.asLong();
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,18}")) {
            n = Long.parseLong(value.asText().trim());
        } else {
            fouten.add(new InvalidParam(path, Codes.INVALID, Reasons.INTEGER));
            return null;
        }
        if (schema.has("maximum") && n > schema.get("maximum").asLong()) {
            fouten.add(new InvalidParam(path, Codes.MAX_VALUE, Reasons.maxValue(schema.get("maximum").asLong())));
            return null;
        }
        if (schema.has("minimum") && n < schema.get("minimum").asLong()) {
            fouten.add(new InvalidParam(path, Codes.MIN_VALUE, Reasons.minValue(schema.get("minimum").asLong())));
            return null;
        }
        return JsonNodeFactory.instance.numberNode(n);
    }

    private JsonNode readString(JsonNode schema, JsonNode value, String path, List<InvalidParam> fouten) {
        String text;
        if (value.isTextual()) {
            text = value.asText();
        } else if (value.isNumber()) {
            text = value.asText();                             // DRF's CharField takes a number as its text
        } else {
            fouten.add(new InvalidParam(path, Codes.INVALID, Reasons.STRING));
            return null;
        }
        List<String> choices = choices(schema);
        if (!choices.isEmpty()) {
            if (!choices.contains(text)) {
                fouten.add(new InvalidParam(path, Codes.INVALID_CHOICE, Reasons.invalidChoice(text)));
                return null;
            }
            return JsonNodeFactory.instance.textNode(text);
        }
        if (text.isEmpty()) {
            if (schema.path("minLength").asInt(0) > 0) {
                fouten.add(new InvalidParam(path, Codes.BLANK, Reasons.BLANK));
                return null;
            }
            return JsonNodeFactory.instance.textNode(text);
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            fouten.add(new InvalidParam(path, Codes.MAX_LENGTH, Reasons.maxLength(schema.get("maxLength").asInt())));
            return null;
        }
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            fouten.add(new InvalidParam(path, Codes.MIN_LENGTH, Reasons.minLength(schema.get("minLength").asInt())));
            return null;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            fouten.add(new InvalidParam(path, Codes.INVALID, Reasons.PATTERN));
            return null;
        }
        String format = schema.path("format").asText("");
        String bad = switch (format) {
            case "uri" -> absoluteUrl(text) ? null : Reasons.URL;
            case "email" -> EMAIL.matcher(text).matches() ? null : Reasons.EMAIL;
            case "date" -> date(text) ? null : Reasons.DATE;
            case "date-time" -> dateTime(text) ? null : Reasons.DATETIME;
            default -> null;
        };
        if (bad != null) {
            fouten.add(new InvalidParam(path, Codes.INVALID, bad));
            return null;
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    /** The enum of a string (also {@code oneOf: [XEnum, BlankEnum]}, where {@code ""} is one of the choices). */
    private List<String> choices(JsonNode schema) {
        List<String> choices = new ArrayList<>();
        schema.path("enum").forEach(c -> choices.add(c.asText()));
        for (JsonNode alt : schema.path("oneOf")) {
            resolve(alt).path("enum").forEach(c -> choices.add(c.asText()));
        }
        return choices;
    }

    private boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || schema.has("properties");
    }

    private String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        for (JsonNode alt : schema.path("oneOf")) {
            JsonNode r = resolve(alt);
            if (r.has("type")) {
                return r.get("type").asText();
            }
        }
        return "string";
    }

    private JsonNode renderValue(JsonNode schema, JsonNode stored) {
        if (isObject(schema)) {
            JsonNode props = schema.path("properties");
            if (!props.isObject() || props.isEmpty()) {
                return stored == null || stored.isNull() ? JsonNodeFactory.instance.objectNode() : stored;
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode p = property(schema, name);
                JsonNode v = stored == null ? null : stored.get(name);
                if (v == null || v.isNull()) {
                    JsonNode unset = unset(p);
                    if (unset != null) {
                        out.set(name, unset);
                    }
                } else if (isObject(p)) {
                    out.set(name, renderValue(p, v));
                } else {
                    out.set(name, v);
                }
            }
            return out;
        }
        return stored;
    }

    private JsonNode unset(JsonNode p) {
        if (p.path("nullable").asBoolean(false)) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (isObject(p)) {
            return renderValue(p, null);
        }
        return switch (type(p)) {
            case "array" -> JsonNodeFactory.instance.arrayNode();
            case "integer", "number", "boolean" -> JsonNodeFactory.instance.nullNode();
            // a string with a pattern that "" does not match (inpA_nummer) is left out rather than answered blank
            default -> p.has("pattern") && !Pattern.compile(p.get("pattern").asText()).matcher("").find() ? null
                    : JsonNodeFactory.instance.textNode("");
        };
    }

    private static boolean absoluteUrl(String s) {
        try {
            URI u = new URI(s);
            return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase(
                    "https")) && u.getHost() != null && !u.getHost().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean date(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean dateTime(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
