package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.util.Set;

/**
 * A request body's boolean as the reference's {@code BooleanField} reads it: {@code true}/{@code false}, the numbers
 * 1 and 0 and its words ({@code "true"}, {@code "yes"}, {@code "0"}, ...); any other number or text is
 * {@code invalid}, not taken as {@code true} as Jackson would take {@code 3}.
 */
final class BooleanDeserializer extends StdScalarDeserializer<Boolean> {

    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");

    private final boolean primitive;

    BooleanDeserializer(boolean primitive) {
        super(primitive ? Boolean.TYPE : Boolean.class);
        this.primitive = primitive;
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            String text = p.getText();
            if (TRUE.contains(text) || FALSE.contains(text)) {
                return TRUE.contains(text);
            }
            return (Boolean) ctxt.handleWeirdNumberValue(handledType(), p.getNumberValue(), "no boolean");
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (TRUE.contains(text) || FALSE.contains(text)) {
                return TRUE.contains(text);
            }
            return (Boolean) ctxt.handleWeirdStringValue(handledType(), text, "no boolean");
        }
        return (Boolean) ctxt.handleUnexpectedToken(handledType(), p);
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
        return primitive ? Boolean.FALSE : null;
    }
}
