package nl.zgw.catalogi.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;

/**
 * A representation already rendered to JSON (from the detail cache): written as-is, so a warm detail GET neither
 * re-renders nor re-serialises the tree (the ETag is computed over exactly these bytes).
 */
@JsonSerialize(using = RenderedJson.Writer.class)
public record RenderedJson(String json) {

    public static class Writer extends JsonSerializer<RenderedJson> {
        @Override
        public void serialize(RenderedJson value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
