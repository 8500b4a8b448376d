package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The stored JSON documents: the descriptive attributes of a resource (its validated input without the keys held
 * in columns), and the JSON of values a current state (what a PATCH is laid over) is made of.
 */
@ApplicationScoped
public class Documenten {

    private final ObjectMapper mapper;

    public Documenten(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The document of an input, without the keys held in columns. */
    public ObjectNode document(Object invoer, String... without) {
        ObjectNode n = mapper.valueToTree(invoer);
        for (String key : without) {
            n.remove(key);
        }
        return n;
    }

    public JsonNode json(Object value) {
        return mapper.valueToTree(value);
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** The input as JSON, to rewrite its relations given as URLs into names ({@link RelationNames}). */
    public ObjectNode tree(Object invoer) {
        return mapper.valueToTree(invoer);
    }

    /** Reads a rewritten input back: it was valid before, so a failure here is a bug. */
    public <R> R invoer(ObjectNode tree, Class<R> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a validated body no longer reads after its relations were named", e);
        }
    }
}
