package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.expand.ExpandAutorisatie;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.EioResource;
import nl.zgw.documenten.persistence.DocumentRepository;

import java.util.List;
import java.util.Map;

/**
 * {@code expand} on the document's parts (gebruiksrechten, verzendingen, objectinformatieobjecten): their
 * {@code informatieobject}, its latest version rendered here, one query per page. Whoever may see the part may see
 * its document (the same autorisatie), so nothing is left out.
 */
@RequestScoped
public class InformatieobjectExpander {

    static final ExpandModel MODEL = ExpandModel.builder()
            .resource(GebruiksrechtService.COLLECTION).toOne("informatieobject", EioRepresentation.COLLECTION)
            .resource(VerzendingService.COLLECTION).toOne("informatieobject", EioRepresentation.COLLECTION)
            .resource(ObjectInformatieObjectService.COLLECTION).toOne("informatieobject", EioRepresentation.COLLECTION)
            .build();

    private final Expander expander;

    public InformatieobjectExpander(DocumentRepository repository, EioRepresentation eios) {
        this.expander = new Expander(MODEL, ExpandLoaders.of(Map.of(EioRepresentation.COLLECTION,
                new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, EioResource.ROOT, EioRepresentation.COLLECTION),
                        uuids -> eios.render(repository.latestOf(uuids))))), ExpandAutorisatie.ALLES);
    }

    /** Before anything is read: a bad expand is a 400 first. */
    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public List<ObjectNode> expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(resource, nodes, expansie);
        return nodes;
    }
}
