package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.Codes;
import nl.zgw.common.validation.FieldErrors;
import nl.zgw.common.validation.Reasons;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A JSON value that does not bind to its field as the reference's field error: {@code invalid} with the reason of
 * the expected type (string, boolean, number, date, UUID, object), {@code not_a_list} where a list belongs,
 * {@code invalid_choice} for an unknown enum constant. A body that is not JSON is {@code parse_error} under
 * {@code nonFieldErrors}; JSON that is not an object is {@code invalid} there, as the reference's serializer says.
 */
public final class JsonErrors {

    static final String NOT_JSON = "De request body is geen geldige JSON.";

    private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
            BigDecimal.class, Number.class);
    private static final Set<Class<?>> DATETIMES = Set.of(OffsetDateTime.class, ZonedDateTime.class,
            LocalDateTime.class, Instant.class);

    private JsonErrors() {
    }

    /** The exception to throw for a body that did not read; {@code body} is its JSON when known (names the type). */
    public static ZgwException of(JsonProcessingException e, JsonNode body) {
        if (!(e instanceof JsonMappingException m) || e.getCause() instanceof JsonProcessingException) {
            return parseError(NOT_JSON);
        }
        String name = path(m);
        if (name.isEmpty()) {
            return wrongShape(body);
        }
        return ZgwException.invalid(List.of(field(name, m, FieldErrors.at(body, name))));
    }

    static ZgwException parseError(String detail) {
        return new ZgwException(400, Codes.PARSE_ERROR, "Ongeldige invoer.", detail,
                List.of(InvalidParam.nonField(Codes.PARSE_ERROR, detail)));
    }

    /**
     * JSON, but not the object the endpoint reads, as the reference's serializer answers it: {@code invalid} under
     * nonFieldErrors, "Ongeldige data. Verwacht een dictionary, kreeg een list."
     */
    static ZgwException wrongShape(JsonNode body) {
        return ZgwException.invalid(List.of(InvalidParam.nonField(Codes.INVALID, Reasons.notAnObject(body))));
    }

    /** The field error of the value at {@code name} ({@code input}) that did not bind. */
    static InvalidParam field(String name, JsonMappingException e, JsonNode input) {
        Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        if (target == null) {
            return new InvalidParam(name, Codes.INVALID, Reasons.INVALID);
        }
        if (target.isEnum()) {
            Object value = e instanceof InvalidFormatException f ? f.getValue() : input == null ? "" : input.asText();
            return new InvalidParam(name, Codes.INVALID_CHOICE, Reasons.invalidChoice(value));
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return new InvalidParam(name, Codes.NOT_A_LIST, Reasons.notAList(input));
        }
        return new InvalidParam(name, Codes.INVALID, reason(target, input));
    }

    private static String reason(Class<?> target, JsonNode input) {
        if (CharSequence.class.isAssignableFrom(target)) {
            return Reasons.STRING;
        }
        if (target == Boolean.class || target == boolean.class) {
            return Reasons.BOOLEAN;
        }
        if (INTEGERS.contains(target)) {
            return Reasons.INTEGER;
        }
        if (NUMBERS.contains(target)) {
            return Reasons.NUMBER;
        }
        if (target == LocalDate.class) {
            return Reasons.DATE;
        }
        if (DATETIMES.contains(target)) {
            return Reasons.DATETIME;
        }
        if (target == UUID.class) {
            return Reasons.UUID;
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord() || !target.getName().startsWith("java.")) {
            return Reasons.notAnObject(input);
        }
        return Reasons.INVALID;
    }

    /** The dotted camelCase path of the failing value ({@code gerelateerdeZaaktypen.0.aardRelatie}). */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('.').append(ref.getIndex());
            }
        }
        return sb.length() > 0 ? sb.substring(1) : "";
    }
}
