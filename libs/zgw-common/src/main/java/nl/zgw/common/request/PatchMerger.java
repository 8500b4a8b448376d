package nl.zgw.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PATCH as the reference does it, one way for every resource: the patch (snake_case keys normalised) is laid over the
 * current request-shaped representation, key by key at the top level, and the result is read and validated exactly
 * as a PUT body ({@link BodyReader}), so it answers the same codes (an explicit {@code null} for a required field is
 * {@code null}). Read-only fields in the patch are ignored, as in a PUT.
 */
@ApplicationScoped
public class PatchMerger {

    private final ObjectMapper mapper;
    private final SnakeCaseKeys keys;
    private final BodyReader reader;

    public PatchMerger(ObjectMapper mapper, SnakeCaseKeys keys, BodyReader reader) {
        this.mapper = mapper;
        this.keys = keys;
        this.reader = reader;
    }

    /** The patch with its keys as {@code type} spells them; {@code invalid} under nonFieldErrors when it is not a JSON object. */
    public ObjectNode normalised(JsonNode patch, Class<?> type) {
        if (patch == null || !patch.isObject()) {
            throw JsonErrors.wrongShape(patch);
        }
        return (ObjectNode) keys.normalise(patch, type);
    }

    /** {@code current} (request-shaped) with the patch's keys on top, read and validated as {@code type}. */
    public <T> T merge(JsonNode current, JsonNode patch, Class<T> type) {
        ObjectNode merged = current != null && current.isObject() ? ((ObjectNode) current).deepCopy()
                : mapper.createObjectNode();
        merged.setAll(normalised(patch, type));
        return reader.read(merged, type);
    }

    /** As {@link #merge(JsonNode, JsonNode, Class)}, the current state given as its request record. */
    public <T> T merge(T current, JsonNode patch, Class<T> type) {
        return merge((JsonNode) mapper.valueToTree(current), patch, type);
    }
}
