package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.EioResource;
import nl.zgw.documenten.api.ObjectInformatieObjectRequest;
import nl.zgw.documenten.client.BronRelaties;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.ObjectInformatieObject;
import nl.zgw.documenten.persistence.DocumentRepository;

/**
 * Objectinformatieobjecten: created and deleted by the Zaken and Besluiten APIs (standard §9); drc-002 (the object
 * resolves), drc-003 (unique per document and object) and drc-004 (the relation exists in the source API).
 * Audited in the document's trail; no notification, as the reference implementation.
 */
@RequestScoped
public class ObjectInformatieObjectService {

    static final String COLLECTION = "objectinformatieobjecten";
    static final ExpandModel MODEL = ExpandModel.builder().resource(COLLECTION)
            .toOne("informatieobject", EioRepresentation.COLLECTION).build();

    private final EioService documents;
    private final DocumentRepository repository;
    private final EioRepresentation eios;
    private final BronRelaties bron;
    private final ListQueries lists;
    private final Autorisaties autorisaties;
    private final PublicUrls urls;
    private final ObjectMapper mapper;
    private final Wijzigingen wijzigingen;
    private final Expander expander;

    public ObjectInformatieObjectService(EioService documents, DocumentRepository repository,
                                         EioRepresentation eios, BronRelaties bron, ListQueries lists,
                                         Autorisaties autorisaties, PublicUrls urls, ObjectMapper mapper,
                                         Wijzigingen wijzigingen) {
        this.documents = documents;
        this.repository = repository;
        this.eios = eios;
        this.bron = bron;
        this.lists = lists;
        this.autorisaties = autorisaties;
        this.urls = urls;
        this.mapper = mapper;
        this.wijzigingen = wijzigingen;
        this.expander = new Expander(MODEL, ExpandLoaders.of(Map.of(EioRepresentation.COLLECTION,
                new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, EioResource.ROOT, EioRepresentation.COLLECTION),
                        uuids -> eios.render(repository.latestOf(uuids))))), (doel, o) -> true);
    }

    @Transactional
    public List<ObjectNode> list(Selection selection, String expand) {
        Expansie expansie = expander.parse(COLLECTION, expand);
        ListQuery<ObjectInformatieObject> q = ListQuery.of(ObjectInformatieObject.class, "e")
                .join("join e.document d join EioVersie v on v.document = d and v.laatste = true")
                .where(selection.where().and(autorisaties.listFilter(Scopes.Drc.LEZEN), "v.informatieobjecttype",
                        "v.vertrouwelijkheidaanduiding"))
                .orderBy(selection.order());
        List<ObjectNode> nodes = render(lists.all(q));
        expander.expand(COLLECTION, nodes, expansie);
        return nodes;
    }

    @Transactional
    public ObjectNode read(UUID uuid, String expand) {
        Expansie expansie = expander.parse(COLLECTION, expand);
        ObjectNode n = render(List.of(require(uuid, Scopes.Drc.LEZEN))).get(0);
        expander.expand(COLLECTION, List.of(n), expansie);
        return n;
    }

    private ObjectInformatieObject require(UUID uuid, String scope) {
        ObjectInformatieObject o = ObjectInformatieObject.<ObjectInformatieObject>find(
                "select o from ObjectInformatieObject o join fetch o.document where o.uuid = ?1", uuid)
                .firstResultOptional().orElseThrow(ZgwException::notFound);
        documents.requireLatest(o.document.uuid, scope);
        return o;
    }

    @Transactional
    public ObjectNode create(ObjectInformatieObjectRequest body) {
        ValidationErrors errors = new ValidationErrors();
        EioVersie v = documents.byUrl("informatieobject", body.informatieobject(), errors);
        errors.throwIfAny();
        documents.requireLatest(v.document.uuid, Scopes.Drc.AANMAKEN);
        if (ObjectInformatieObject.count("document = ?1 and object = ?2", v.document, body.object()) > 0) {
            throw ZgwException.invalid(List.of(nl.zgw.common.problem.InvalidParam.nonField("unique",            // drc-003
                    "De velden informatieobject, object moeten een unieke set zijn.")));
        }
        switch (bron.check(body.objectType(), body.object(), body.informatieobject())) {
            case OBJECT_ONBEREIKBAAR -> throw ZgwException.invalid("object", "bad-url",                     // drc-002
                    "De URL kan niet opgehaald worden of is geen geldig object.");
            case GEEN_OBJECT -> throw ZgwException.invalid("object", "invalid-resource",                  // drc-002
                    "De URL " + body.object() + " verwijst niet naar een " + body.objectType() + ".");
            case ONTBREEKT -> throw ZgwException.invalid(List.of(nl.zgw.common.problem.InvalidParam.nonField( // drc-004
                    "inconsistent-relation", "Het informatieobject is niet gekoppeld aan het object in de bron-API.")));
            default -> {
            }
        }
        ObjectInformatieObject o = new ObjectInformatieObject();
        o.uuid = UUID.randomUUID();
        o.document = v.document;
        o.object = body.object();
        o.objectType = body.objectType();
        o.persist();
        ObjectNode nieuw = render(List.of(o)).get(0);
        audit("create", 201, o, null, nieuw);
        return nieuw;
    }

    @Transactional
    public void delete(UUID uuid) {
        ObjectInformatieObject o = require(uuid, Scopes.Drc.VERWIJDEREN);
        ObjectNode oud = render(List.of(o)).get(0);
        o.delete();
        audit("destroy", 204, o, oud, null);
    }

    /** In the document's audit trail; no notification (kanaal null), as the reference implementation. */
    private void audit(String actie, int resultaat, ObjectInformatieObject o, ObjectNode oud, ObjectNode nieuw) {
        wijzigingen.record(Wijziging.op(null, actie).resource("objectinformatieobject",
                        urls.resource(COLLECTION, o.uuid))
                .hoofdObject(eios.url(o.document.uuid), null).oud(oud).nieuw(nieuw).resultaat(resultaat)
                .audit(o.object));
    }

    List<ObjectNode> render(List<ObjectInformatieObject> rows) {
        return rows.stream().map(o -> {
            ObjectNode n = mapper.createObjectNode();
            n.put("url", urls.resource(COLLECTION, o.uuid));
            n.put("informatieobject", eios.url(o.document.uuid));
            n.put("object", o.object);
            n.put("objectType", o.objectType);
            return n;
        }).toList();
    }
}
