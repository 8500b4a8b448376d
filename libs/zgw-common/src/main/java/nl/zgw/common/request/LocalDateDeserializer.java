package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A request body's date: only text ({@code yyyy-mm-dd}, read by Jackson's own reader), as DRF's {@code DateField}.
 * Jackson's lenient default read a number as a count of days since 1970 (20240101 became {@code +57385-07-07}), an
 * array as {@code [year, month, day]} and {@code ""} as no date; all three are {@code invalid} here, as in DRF.
 */
final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

    LocalDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        if (p.getText().isBlank()) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), "no date");
        }
        return com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }
}
