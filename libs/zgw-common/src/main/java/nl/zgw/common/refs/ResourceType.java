package nl.zgw.common.refs;

import java.util.List;

/**
 * What a reference must point at: the resource's name (for messages), the collection its URL is in, the fields its
 * JSON must carry, and the small view record it is read into.
 *
 * @param name           e.g. {@code zaaktype}
 * @param collection     e.g. {@code zaaktypen}; null when only the shape counts ({@link #ofShape})
 * @param requiredFields fields the JSON object must have for its shape to be right
 * @param view           the record (or {@code JsonNode}) the JSON is read into
 */
public record ResourceType<T>(String name, String collection, List<String> requiredFields, Class<T> view) {

    public ResourceType {
        requiredFields = List.copyOf(requiredFields);
    }

    public static <T> ResourceType<T> of(String name, String collection, Class<T> view, String... requiredFields) {
        return new ResourceType<>(name, collection, List.of(requiredFields), view);
    }

    /**
     * A resource known by its shape alone, whatever its URL looks like: what the reference checks for resources of
     * lists outside ZGW (a communicatiekanaal of any Referentielijsten API, e.g. {@code https://host/kanaal}).
     */
    public static <T> ResourceType<T> ofShape(String name, Class<T> view, String... requiredFields) {
        return new ResourceType<>(name, null, List.of(requiredFields), view);
    }
}
