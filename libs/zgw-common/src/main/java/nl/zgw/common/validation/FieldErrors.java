package nl.zgw.common.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import nl.zgw.common.problem.InvalidParam;
import org.hibernate.validator.engine.HibernateConstraintViolation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean-validation violations as the reference's field errors: the dotted camelCase path
 * ({@code gerelateerdeZaaktypen.0.aardRelatie}), its code and Dutch reason. The JSON the values were read from tells
 * an absent key ({@code required}) from an explicit {@code null} ({@code null}); without it every missing value is
 * {@code required}.
 */
public final class FieldErrors {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("Size", Codes.MAX_LENGTH),
            Map.entry("Length", Codes.MAX_LENGTH),
            Map.entry("Max", Codes.MAX_VALUE),
            Map.entry("DecimalMax", Codes.MAX_VALUE),
            Map.entry("Negative", Codes.MAX_VALUE),
            Map.entry("NegativeOrZero", Codes.MAX_VALUE),
            Map.entry("Min", Codes.MIN_VALUE),
            Map.entry("DecimalMin", Codes.MIN_VALUE),
            Map.entry("Positive", Codes.MIN_VALUE),
            Map.entry("PositiveOrZero", Codes.MIN_VALUE),
            Map.entry("Past", "future_not_allowed"),
            Map.entry("PastOrPresent", "future_not_allowed"),
            Map.entry("Email", Codes.INVALID),
            Map.entry("URL", Codes.INVALID),
            Map.entry("Pattern", Codes.INVALID));

    private FieldErrors() {
    }

    /**
     * The violations as field errors, in the order the request type declares its fields ({@link DeclarationOrder}),
     * then by name; {@code body} is the JSON they were read from, or null.
     */
    public static List<InvalidParam> of(Collection<? extends ConstraintViolation<?>> violations, JsonNode body) {
        record Ordered(List<Integer> key, InvalidParam param) {
        }
        return violations.stream()
                .map(v -> new Ordered(DeclarationOrder.key(v), of(v, body)))
                .sorted(Comparator.comparing(Ordered::key, DeclarationOrder.KEYS)
                        .thenComparing(o -> o.param().name()))
                .map(Ordered::param)
                .distinct()
                .toList();
    }

    /**
     * Field errors found apart (values that did not bind, refused nulls, violations) in the order {@code root}, the
     * request type, declares its fields, then by name; each once.
     */
    public static List<InvalidParam> ordered(Collection<InvalidParam> errors, Class<?> root) {
        record Ordered(List<Integer> key, InvalidParam param) {
        }
        return errors.stream()
                .map(e -> new Ordered(DeclarationOrder.key(root, e.name()), e))
                .sorted(Comparator.comparing(Ordered::key, DeclarationOrder.KEYS)
                        .thenComparing(o -> o.param().name()))
                .map(Ordered::param)
                .distinct()
                .toList();
    }

    /** One violation as a field error. */
    static InvalidParam of(ConstraintViolation<?> v, JsonNode body) {
        String name = fieldName(v.getPropertyPath());
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object value = v.getInvalidValue();
        if (value == null && isPresenceConstraint(constraint)) {
            JsonNode node = at(body, name);
            return node != null && node.isNull()
                    ? new InvalidParam(name, Codes.NULL, Reasons.NULL)
                    : new InvalidParam(name, Codes.REQUIRED, Reasons.REQUIRED);
        }
        String dynamic = dynamicCode(v);
        if (dynamic != null) {
            return new InvalidParam(name, dynamic, v.getMessage());
        }
        return switch (constraint) {
            case "NotBlank" -> new InvalidParam(name, Codes.BLANK, Reasons.BLANK);
            case "NotEmpty" -> value instanceof CharSequence ? new InvalidParam(name, Codes.BLANK, Reasons.BLANK)
                    : new InvalidParam(name, Codes.EMPTY, Reasons.EMPTY_LIST);
            case "Size", "Length" -> size(name, v, value);
            case "Max", "DecimalMax" -> new InvalidParam(name, Codes.MAX_VALUE, Reasons.maxValue(attribute(v, "value")));
            case "Min", "DecimalMin" -> new InvalidParam(name, Codes.MIN_VALUE, Reasons.minValue(attribute(v, "value")));
            case "Positive" -> new InvalidParam(name, Codes.MIN_VALUE, Reasons.minValue(1));
            case "PositiveOrZero" -> new InvalidParam(name, Codes.MIN_VALUE, Reasons.minValue(0));
            case "Email" -> new InvalidParam(name, Codes.INVALID, Reasons.EMAIL);
            case "URL" -> new InvalidParam(name, Codes.INVALID, Reasons.URL);
            default -> new InvalidParam(name, code(v, constraint), reason(v));
        };
    }

    private static boolean isPresenceConstraint(String constraint) {
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> true;
            default -> false;
        };
    }

    private static InvalidParam size(String name, ConstraintViolation<?> v, Object value) {
        boolean text = value instanceof CharSequence;
        long length = text ? ((CharSequence) value).length()
                : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
        Object min = attribute(v, "min");
        Object max = attribute(v, "max");
        if (min instanceof Integer m && length < m) {
            return new InvalidParam(name, Codes.MIN_LENGTH, text ? Reasons.minLength(m) : Reasons.minItems(m));
        }
        long limit = max instanceof Integer m ? m : Integer.MAX_VALUE;
        return new InvalidParam(name, Codes.MAX_LENGTH, text ? Reasons.maxLength(limit) : Reasons.maxItems(limit));
    }

    private static String code(ConstraintViolation<?> v, String constraint) {
        Object explicit = attribute(v, "code");
        if (explicit instanceof String s && !s.isEmpty()) {
            return s; // the shared and the services' own constraints carry their code
        }
        return CODES.getOrDefault(constraint, Codes.INVALID);
    }

    /** The constraint's own message when it has one; a bean-validation default message would be English. */
    private static String reason(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        boolean builtIn = template.startsWith("{jakarta.validation.") || template.startsWith("{org.hibernate.");
        if (!builtIn) {
            return v.getMessage();
        }
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().equals("Pattern")
                ? Reasons.PATTERN : Reasons.INVALID;
    }

    private static Object attribute(ConstraintViolation<?> v, String name) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        return d.getAttributes().get(name);
    }

    private static String dynamicCode(ConstraintViolation<?> v) {
        try {
            HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
            return h.getDynamicPayload(String.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The node at a dotted path ({@code a.0.b}), or null when a step is absent. */
    public static JsonNode at(JsonNode body, String dotted) {
        if (body == null || InvalidParam.NON_FIELD_ERRORS.equals(dotted)) {
            return null;
        }
        JsonNode node = body;
        for (String step : dotted.split("\\.")) {
            if (node == null || node.isNull()) {
                return null;
            }
            node = node.isArray() && step.chars().allMatch(Character::isDigit) ? node.get(Integer.parseInt(step))
                    : node.isObject() ? node.get(step) : null;
        }
        return node;
    }

    /** {@code create.arg0.relevanteAndereZaken[0].url} becomes {@code relevanteAndereZaken.0.url}. */
    public static String fieldName(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('.').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('.').append(node.getKey());
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                sb.append('.').append(node.getName());
            }
        }
        String name = sb.length() > 0 ? sb.substring(1) : "";
        return name.isEmpty() ? InvalidParam.NON_FIELD_ERRORS : name;
    }
}
