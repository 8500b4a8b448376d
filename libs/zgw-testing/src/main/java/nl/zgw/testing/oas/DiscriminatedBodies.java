package nl.zgw.testing.oas;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges every discriminated object in a response body (see {@link Discriminators}): the body is walked along the
 * schema of its operation's response, and each object where the file says "a discriminated base" is validated
 * against the subschema its discriminator value picks (base + that subschema, {@code additionalProperties} read as
 * {@code false} on the whole, as everywhere). A missing, non-text or unknown value is a finding of its own. The
 * findings carry the pointer into the whole body, so tolerances and messages read as the library's own.
 *
 * <p>Under {@code oneOf}/{@code anyOf} an alternative that is a discriminated base is judged only when the object
 * carries the discriminating property: without it the object is one of the other alternatives, which the library
 * checks.
 */
final class DiscriminatedBodies {

    static final String KEY = "validation.response.body.schema.discriminator";
    private static final Pattern PATH = Pattern.compile("\\[Path '([^']*)'\\]");

    private final JsonNode specification;
    private final Discriminators discriminators;
    private final SchemaValidator schemas;

    private final Map<String, Schema<?>> judgedBy;

    /** {@code judgedBy}: per {@link Discriminators#judgedSchemas() judged schema} its resolved form. */
    DiscriminatedBodies(JsonNode specification, Discriminators discriminators, SchemaValidator schemas,
                        Map<String, Schema<?>> judgedBy) {
        this.judgedBy = Map.copyOf(judgedBy);
        this.specification = specification;
        this.discriminators = discriminators;
        this.schemas = schemas;
    }

    /** Whether the file has discriminated schemas at all (most have none: nothing to walk then). */
    boolean applies() {
        return !discriminators.isEmpty();
    }

    /** The findings in {@code body}, the answer {@code status}/{@code contentType} of {@code operation}. */
    List<ValidationReport.Message> findings(ApiOperation operation, int status, String contentType, JsonNode body) {
        List<ValidationReport.Message> found = new ArrayList<>();
        JsonNode schema = responseSchema(operation, status, contentType);
        if (schema != null) {
            walk(schema, body, "", found);
        }
        return found;
    }

    private JsonNode responseSchema(ApiOperation operation, int status, String contentType) {
        JsonNode responses = specification.path("paths").path(operation.getApiPath().original())
                .path(operation.getMethod().name().toLowerCase(Locale.ROOT)).path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.path("default");
        JsonNode content = deref(response).path("content");
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = content.has(type) ? content.get(type) : content.size() == 1 ? content.elements().next()
                : null;
        return media == null || media.path("schema").isMissingNode() ? null : media.get("schema");
    }

    private void walk(JsonNode schema, JsonNode body, String at, List<ValidationReport.Message> found) {
        String ref = schema.path("$ref").asText(null);
        Discriminators.Discriminated discriminated = discriminators.named(ref);
        if (discriminated != null) {
            judge(discriminated, body, at, found);
            return;
        }
        if (ref != null) {
            JsonNode target = deref(schema);
            if (target != schema) {
                walk(target, body, at, found);
            }
            return;
        }
        if (body.isObject()) {
            JsonNode properties = schema.path("properties");
            Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = properties.has(field.getKey()) ? properties.get(field.getKey())
                        : schema.path("additionalProperties");
                if (property.isObject()) {
                    walk(property, field.getValue(), at + "/" + escape(field.getKey()), found);
                }
            }
        }
        if (body.isArray() && schema.path("items").isObject()) {
            for (int i = 0; i < body.size(); i++) {
                walk(schema.get("items"), body.get(i), at + "/" + i, found);
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            walk(part, body, at, found);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : schema.path(combinator)) {
                Discriminators.Discriminated base = discriminators.named(alternative.path("$ref").asText(null));
                if (base == null || body.has(base.property())) {
                    walk(alternative, body, at, found);
                }
            }
        }
    }

    private void judge(Discriminators.Discriminated discriminated, JsonNode body, String at,
                       List<ValidationReport.Message> found) {
        if (!body.isObject()) {
            return; // null or another type: the library judges it against the base's type and nullable
        }
        JsonNode value = body.get(discriminated.property());
        String subschema = value != null && value.isTextual() ? discriminated.subschemas().get(value.asText()) : null;
        if (subschema == null) {
            found.add(message(KEY, "Discriminator \"" + discriminated.property() + "\" of " + discriminated.base()
                    + " is " + (value == null ? "missing" : value) + "; it must be one of "
                    + discriminated.subschemas().keySet(), at));
            return;
        }
        ValidationReport report = schemas.validate(() -> body, judgedBy.get(subschema), "response.body");
        for (ValidationReport.Message message : report.getMessages()) {
            found.add(rebased(message, at));
        }
        walk(specification.path("components").path("schemas").path(subschema), body, at, found);
    }

    /** The message as if the library had found it in the whole body: its pointer prefixed with {@code at}. */
    private static ValidationReport.Message rebased(ValidationReport.Message message, String at) {
        String instance = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElseGet(() -> pathIn(message));
        List<ValidationReport.Message> nested = message.getNestedMessages().stream().map(m -> rebased(m, at))
                .toList();
        ValidationReport.Message rebased = ValidationReport.Message.create(message.getKey(), message.getMessage())
                .withAdditionalInfo(message.getAdditionalInfo()).build().withLevel(message.getLevel());
        if (!nested.isEmpty()) {
            rebased = rebased.withNestedMessages(nested);
        }
        return at(rebased, at + instance);
    }

    /** Without pointers in its context the schema validator names the place in the text: {@code [Path '/x'] ...}. */
    private static String pathIn(ValidationReport.Message message) {
        Matcher path = PATH.matcher(message.getMessage());
        return path.lookingAt() ? path.group(1) : "";
    }

    private static ValidationReport.Message message(String key, String text, String at) {
        return at(ValidationReport.Message.create(key, text).build(), at);
    }

    private static ValidationReport.Message at(ValidationReport.Message message, String pointer) {
        return message.withAdditionalContext(ValidationReport.MessageContext.create().withPointers(pointer, "")
                .build());
    }

    private JsonNode deref(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null || !ref.startsWith("#/")) {
            return schema;
        }
        return specification.at(ref.substring(1));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
