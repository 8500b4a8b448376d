package nl.zgw.testing.oas;

import com.atlassian.oai.validator.report.ValidationReport;

import java.util.Locale;
import java.util.Objects;

/**
 * One documented, narrow exception to the response validation: on one operation ({@code method} + the path
 * template as the official file spells it; {@code *} matches any characters, so {@code "*"} is every operation),
 * a finding with this message key
 * whose text contains {@code messageContains} is tolerated. {@code why} is mandatory: an exception nobody can
 * explain is a defect, not a tolerance.
 *
 * <p>Keys are the validator's, e.g. {@code validation.response.status.unknown},
 * {@code validation.response.body.schema.additionalProperties}, {@code validation.response.body.schema.required}.
 */
public record Tolerance(String method, String pathTemplate, String messageKey, String messageContains, String why) {

    public Tolerance {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(messageContains, "messageContains");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("A tolerance needs its reason: " + method + " " + pathTemplate);
        }
        method = method.toUpperCase(Locale.ROOT);
    }

    /** Tolerates {@code messageKey} findings on the operation whose text contains {@code messageContains}. */
    public static Tolerance of(String method, String pathTemplate, String messageKey, String messageContains,
                               String why) {
        return new Tolerance(method, pathTemplate, messageKey, messageContains, why);
    }

    boolean matches(String requestMethod, String apiPath, ValidationReport.Message message) {
        return ("*".equals(method) || method.equals(requestMethod))
                && pathMatches(apiPath)
                && message.getKey().equals(messageKey)
                && message.getMessage().contains(messageContains);
    }

    /** A {@code *} stands for any run of characters: {@code "*"} is every path, {@code "/*"} + {@code "/{uuid}"} every detail. */
    private boolean pathMatches(String apiPath) {
        String regex = java.util.Arrays.stream(pathTemplate.split("\\*", -1))
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".*"));
        return apiPath.matches(regex);
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " " + messageKey + " '" + messageContains + "' (" + why + ")";
    }
}
