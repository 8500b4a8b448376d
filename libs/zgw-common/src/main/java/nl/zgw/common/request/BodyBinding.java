package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.FieldErrors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a JSON body (keys normalised) to its request type as the reference's serializer reads it: every field error
 * of the body at once. A body that binds and has no refused {@code null} is bound as it is (one pass). Otherwise each
 * value that does not bind is a field error ({@link JsonErrors}: {@code invalid}, {@code not_a_list},
 * {@code invalid_choice}) and is left out of a copy of the body, which is bound again until the rest binds, so Jackson
 * stopping at the first wrong type no longer hides the others; each refused {@code null} ({@link ExplicitNulls}) is
 * one too; and the constraints of what is left are checked, the fields already reported not again. The 400 then
 * carries all of them, in the order the type declares its fields. Object-level findings (class-level constraints
 * under {@code nonFieldErrors}) wait until every field is valid, as the reference's {@code validate()} does.
 */
@ApplicationScoped
public class BodyBinding {

    /** More values that do not bind than this in one body are not looked for one by one. */
    private static final int MAX_BINDING_ERRORS = 200;

    private final ObjectMapper mapper;
    private final ExplicitNulls nulls;
    private final Validator validator;

    public BodyBinding(ObjectMapper mapper, ExplicitNulls nulls, Validator validator) {
        this.mapper = mapper;
        this.nulls = nulls;
        this.validator = validator;
    }

    /**
     * {@code body} (keys normalised for {@code type}) as {@code type}; throws the 400 with every field error when a
     * value does not bind or is a refused {@code null}. A body that binds is returned unvalidated: the caller checks
     * its constraints (a typed endpoint's {@code @Valid}, {@link BodyReader#validate}). {@code validate}: whether the
     * constraints of the rest count among the errors of a body that does not bind.
     */
    public <T> T bind(JsonNode body, JavaType type, boolean validate) {
        List<InvalidParam> errors = new ArrayList<>(nulls.errors(body, type));
        if (errors.isEmpty()) {
            try {
                return read(body, type);
            } catch (JsonProcessingException e) {
                rejectUnlessFieldError(e, body);
            }
        }
        JsonNode rest = body.deepCopy();
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.name()));
        Object value = null;
        for (int attempt = 0; attempt <= MAX_BINDING_ERRORS; attempt++) {
            try {
                value = read(rest, type);
                break;
            } catch (JsonProcessingException e) {
                rejectUnlessFieldError(e, rest);
                JsonMappingException m = (JsonMappingException) e;
                String name = JsonErrors.path(m);
                if (name.isEmpty() || reported.contains(name)) {
                    if (errors.isEmpty()) {
                        throw JsonErrors.of(e, rest);
                    }
                    break; // cannot be told apart further: what was found is reported
                }
                errors.add(JsonErrors.field(name, m, FieldErrors.at(rest, name)));
                reported.add(name);
                if (!leaveOut(rest, name)) {
                    break;
                }
            }
        }
        if (value != null && validate) {
            FieldErrors.of(validator.validate(value), body).stream()
                    .filter(v -> !InvalidParam.NON_FIELD_ERRORS.equals(v.name()))
                    .filter(v -> reported.stream().noneMatch(r -> v.name().equals(r) || v.name().startsWith(r + ".")))
                    .forEach(errors::add);
        }
        throw ZgwException.invalid(FieldErrors.ordered(errors, type.getRawClass()));
    }

    private <T> T read(JsonNode body, JavaType type) throws JsonProcessingException {
        try {
            return mapper.readerFor(type).readValue(body);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw JsonErrors.parseError(JsonErrors.NOT_JSON);
        }
    }

    /** Anything but a value at a path that does not bind (not JSON at all, the wrong shape) is answered as it is. */
    private static void rejectUnlessFieldError(JsonProcessingException e, JsonNode body) {
        if (!(e instanceof JsonMappingException m) || e.getCause() instanceof JsonProcessingException
                || JsonErrors.path(m).isEmpty()) {
            throw JsonErrors.of(e, body);
        }
    }

    /** Leaves the value at {@code dotted} out: a key is removed, a list item becomes {@code null} (indexes stay). */
    private static boolean leaveOut(JsonNode body, String dotted) {
        int dot = dotted.lastIndexOf('.');
        JsonNode parent = dot < 0 ? body : FieldErrors.at(body, dotted.substring(0, dot));
        String step = dotted.substring(dot + 1);
        if (parent instanceof ObjectNode o && o.has(step)) {
            o.remove(step);
            return true;
        }
        if (parent instanceof ArrayNode a && !step.isEmpty() && step.length() < 10
                && step.chars().allMatch(Character::isDigit) && Integer.parseInt(step) < a.size()) {
            a.set(Integer.parseInt(step), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
