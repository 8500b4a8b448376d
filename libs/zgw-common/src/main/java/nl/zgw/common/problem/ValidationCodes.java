package nl.zgw.common.problem;

import jakarta.validation.ConstraintViolation;

import java.util.Map;

/** The standard's (DRF's) {@code invalidParams.code} for each bean-validation constraint. */
final class ValidationCodes {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "required"),
            Map.entry("NotEmpty", "required"),
            Map.entry("NotBlank", "blank"),
            Map.entry("Size", "max_length"),
            Map.entry("Length", "max_length"),
            Map.entry("Max", "max_value"),
            Map.entry("DecimalMax", "max_value"),
            Map.entry("Min", "min_value"),
            Map.entry("DecimalMin", "min_value"),
            Map.entry("Positive", "min_value"),
            Map.entry("PositiveOrZero", "min_value"),
            Map.entry("Past", "future_not_allowed"),
            Map.entry("PastOrPresent", "future_not_allowed"),
            Map.entry("Email", "invalid"),
            Map.entry("Pattern", "invalid"));

    private ValidationCodes() {
    }

    static String of(ConstraintViolation<?> v) {
        var annotation = v.getConstraintDescriptor().getAnnotation();
        String simple = annotation.annotationType().getSimpleName();
        if (simple.equals("Size") || simple.equals("Length")) {
            Object min = v.getConstraintDescriptor().getAttributes().get("min");
            Object value = v.getInvalidValue();
            int length = value instanceof CharSequence cs ? cs.length()
                    : value instanceof java.util.Collection<?> c ? c.size() : Integer.MAX_VALUE;
            if (min instanceof Integer m && length < m) {
                return "min_length";
            }
        }
        Object explicit = v.getConstraintDescriptor().getAttributes().get("code");
        if (explicit instanceof String s && !s.isEmpty()) {
            return s; // custom constraints of a service may carry their own code
        }
        return CODES.getOrDefault(simple, "invalid");
    }
}
