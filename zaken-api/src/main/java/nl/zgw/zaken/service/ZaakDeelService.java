package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;

import java.util.UUID;

/**
 * The use cases a sub-resource of a zaak offers its resource ({@code ZaakDeelResource}): a page of the list, read,
 * create, replace and delete; the service adds its own (e.g. a PATCH).
 *
 * @param <E> the sub-resource's entity
 * @param <R> the body of its POST and PUT
 */
public interface ZaakDeelService<E, R> {

    Page<ObjectNode> list(Selection selection, PageRequest page);

    E read(UUID uuid);

    E create(R body);

    E update(UUID uuid, R body);

    void delete(UUID uuid);
}
