package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.FieldErrors;

import java.util.Set;

/**
 * Reads a JSON body into its request record exactly as a typed endpoint would: snake_case keys accepted, values
 * bound with the dialect's codes, the record's constraints checked with {@code required} told from {@code null},
 * every field error of the body reported together ({@link BodyBinding}). For endpoints that take the body raw (a
 * PATCH, a message forwarded as sent).
 */
@ApplicationScoped
public class BodyReader {

    private final ObjectMapper mapper;
    private final SnakeCaseKeys keys;
    private final BodyBinding binding;
    private final Validator validator;

    public BodyReader(ObjectMapper mapper, SnakeCaseKeys keys, BodyBinding binding, Validator validator) {
        this.mapper = mapper;
        this.keys = keys;
        this.binding = binding;
        this.validator = validator;
    }

    /** Parses and reads {@code json}; not JSON is {@code parse_error}, not an object {@code invalid} under nonFieldErrors. */
    public <T> T read(String json, Class<T> type) {
        JsonNode tree;
        try {
            tree = json == null || json.isBlank() ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw JsonErrors.parseError(JsonErrors.NOT_JSON);
        }
        return read(tree, type);
    }

    /** Reads {@code body} (a JSON object) as {@code type} and validates it; throws the 400 with every field error. */
    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw JsonErrors.wrongShape(body);
        }
        JsonNode normalised = keys.normalise(body, type);
        T value = binding.bind(normalised, mapper.constructType(type), true);
        validate(value, normalised);
        return value;
    }

    /** Checks the constraints of {@code value}, read from {@code body} (null if unknown). */
    public void validate(Object value, JsonNode body) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw ZgwException.invalid(FieldErrors.of(violations, body));
        }
    }
}
