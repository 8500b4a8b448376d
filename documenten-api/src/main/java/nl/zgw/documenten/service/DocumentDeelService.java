package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * The use cases a sub-resource of a document offers its resource ({@code DocumentDeelResource}), each answering the
 * rendered representation: read (with {@code expand}), create and delete; the list is the service's own.
 *
 * @param <R> the body of its POST
 */
public interface DocumentDeelService<R> {

    ObjectNode read(UUID uuid, String expand);

    ObjectNode create(R body);

    void delete(UUID uuid);
}
