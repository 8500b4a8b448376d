package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.persistence.IdentifiedEntity;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;

/**
 * The use cases every sub-resource of a document runs the same way on its {@link SubResource}: read and delete, and
 * its rows rendered with their {@code expand}. A subclass declares the sub-resource, renders it and writes it.
 *
 * @param <E> the sub-resource's entity
 * @param <R> the body of its POST
 */
public abstract class AbstractDocumentDeelService<E extends IdentifiedEntity, R> implements DocumentDeelService<R> {

    private final String collectie;
    private final InformatieobjectExpander expander;

    protected AbstractDocumentDeelService(String collectie, InformatieobjectExpander expander) {
        this.collectie = collectie;
        this.expander = expander;
    }

    /** Only for the client proxy ArC makes of a request-scoped subclass: it delegates every call, uses no field. */
    protected AbstractDocumentDeelService() {
        this(null, null);
    }

    protected abstract SubResource<E, EnkelvoudigInformatieObject> declaratie();

    protected abstract ObjectNode render(E deel);

    /** The {@code expand} parameter read, before any row is (a wrong one is a 400 first). */
    protected Expansie expansie(String expand) {
        return expander.parse(collectie, expand);
    }

    protected List<ObjectNode> weergave(List<E> rows, Expansie expansie) {
        return expander.expand(collectie, rows.stream().map(this::render).toList(), expansie);
    }

    @Override
    @Transactional
    public ObjectNode read(UUID uuid, String expand) {
        Expansie expansie = expansie(expand);
        return weergave(List.of(declaratie().get(uuid, Handeling.LEZEN)), expansie).get(0);
    }

    @Override
    @Transactional
    public void delete(UUID uuid) {
        declaratie().delete(uuid);
    }
}
