package nl.zgw.common.request;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.validation.NullNotAllowed;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Accepts the snake_case spelling of every field at every depth ({@code aard_relatie} = {@code aardRelatie}), as the
 * reference's camel-case parser does. The target type guides the walk: a key becomes the camelCase property it
 * spells, keys of a {@code Map} are data and stay as sent, a {@code JsonNode} or {@code Object} target converts every
 * key below it. When both spellings are sent, the camelCase one wins.
 */
@ApplicationScoped
public class SnakeCaseKeys {

    private final ObjectMapper mapper;
    private final Map<JavaType, Map<String, Property>> properties = new ConcurrentHashMap<>();

    /** A JSON property of a type: its type, and whether an explicit null is refused ({@link NullNotAllowed}). */
    record Property(JavaType type, boolean nullNotAllowed) {
    }

    public SnakeCaseKeys(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code aard_relatie} becomes {@code aardRelatie}; leading underscores and camelCase keys stay as they are. */
    public static String camel(String key) {
        int start = 0;
        while (start < key.length() && key.charAt(start) == '_') {
            start++;
        }
        if (key.indexOf('_', start) < 0) {
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length()).append(key, 0, start);
        boolean upper = false;
        for (int i = start; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' && i + 1 < key.length() && Character.isLetterOrDigit(key.charAt(i + 1))) {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    public JsonNode normalise(JsonNode node, Type type) {
        return normalise(node, mapper.constructType(type));
    }

    public JsonNode normalise(JsonNode node, JavaType type) {
        if (node == null || !(node.isObject() || node.isArray())) {
            return node;
        }
        if (generic(type)) {
            return everyKey(node);
        }
        if (node.isArray()) {
            if (!(type.isCollectionLikeType() || type.isArrayType())) {
                return node;
            }
            ArrayNode out = mapper.createArrayNode();
            node.forEach(item -> out.add(normalise(item, type.getContentType())));
            return out;
        }
        if (type.isMapLikeType()) {
            ObjectNode out = mapper.createObjectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), normalise(e.getValue(), type.getContentType())));
            return out;
        }
        if (!bean(type)) {
            return node;
        }
        Map<String, Property> props = properties(type);
        ObjectNode out = mapper.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String name = props.containsKey(key) ? key : props.containsKey(camel(key)) ? camel(key) : key;
            if (!name.equals(key) && node.has(name)) {
                continue; // the camelCase spelling wins
            }
            Property property = props.get(name);
            out.set(name, property == null ? e.getValue() : normalise(e.getValue(), property.type()));
        }
        return out;
    }

    private JsonNode everyKey(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = mapper.createArrayNode();
            node.forEach(item -> out.add(everyKey(item)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = mapper.createObjectNode();
        node.fields().forEachRemaining(e -> {
            String name = camel(e.getKey());
            if (name.equals(e.getKey()) || !node.has(name)) {
                out.set(name, everyKey(e.getValue()));
            }
        });
        return out;
    }

    static boolean generic(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw == Object.class || JsonNode.class.isAssignableFrom(raw);
    }

    static boolean bean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isPrimitive() && !raw.isEnum() && !raw.isInterface() && !raw.getName().startsWith("java.");
    }

    /** The JSON properties of a bean or record type as Jackson reads them. */
    Map<String, Property> properties(JavaType type) {
        return properties.computeIfAbsent(type, this::introspect);
    }

    private Map<String, Property> introspect(JavaType type) {
        Map<String, Property> byName = new HashMap<>();
        for (BeanPropertyDefinition p : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            JavaType t = p.getPrimaryType();
            boolean nullNotAllowed = Stream.of(p.getConstructorParameter(), p.getField(), p.getSetter(), p.getGetter())
                    .anyMatch(m -> m != null && m.hasAnnotation(NullNotAllowed.class));
            byName.put(p.getName(), new Property(t == null ? mapper.constructType(Object.class) : t, nullNotAllowed));
        }
        return byName;
    }
}
