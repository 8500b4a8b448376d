package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * A {@link DocumentDeelService} whose sub-resource is also replaced (PUT) and partially updated (PATCH).
 *
 * @param <R> the body of its POST and PUT
 */
public interface WijzigbaarDocumentDeelService<R> extends DocumentDeelService<R> {

    ObjectNode update(UUID uuid, R body);

    ObjectNode patch(UUID uuid, JsonNode patch);
}
