package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.ObjectInformatieObjectRequest;
import nl.zgw.documenten.client.BronRelaties;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;
import nl.zgw.documenten.domain.ObjectInformatieObject;

/**
 * Objectinformatieobjecten: created and deleted by the Zaken and Besluiten APIs (standard §9); drc-002 (the object
 * resolves), drc-003 (unique per document and object) and drc-004 (the relation exists in the source API).
 * Audited in the document's trail; no notification, as the reference implementation.
 */
@RequestScoped
public class ObjectInformatieObjectService
        extends AbstractDocumentDeelService<ObjectInformatieObject, ObjectInformatieObjectRequest> {

    static final String COLLECTION = "objectinformatieobjecten";

    private final SubResource<ObjectInformatieObject, EnkelvoudigInformatieObject> declaratie;
    private final EioService documents;
    private final EioRepresentation eios;
    private final BronRelaties bron;
    private final PublicUrls urls;
    private final ObjectMapper mapper;

    public ObjectInformatieObjectService(SubResources subResources, DocumentHoofdobject document,
                                         EioService documents, EioRepresentation eios, BronRelaties bron,
                                         PublicUrls urls, ObjectMapper mapper, InformatieobjectExpander expander) {
        super(COLLECTION, expander);
        this.documents = documents;
        this.eios = eios;
        this.bron = bron;
        this.urls = urls;
        this.mapper = mapper;
        this.declaratie = subResources.declare(ObjectInformatieObject.class, "objectinformatieobject", document,
                        (ObjectInformatieObject o) -> o.document)
                .vind(uuid -> ObjectInformatieObject.<ObjectInformatieObject>find(
                        "select o from ObjectInformatieObject o join fetch o.document where o.uuid = ?1", uuid)
                        .firstResultOptional())
                .render(this::render)
                .weergave(o -> o.object);
    }

    @Override
    protected SubResource<ObjectInformatieObject, EnkelvoudigInformatieObject> declaratie() {
        return declaratie;
    }

    @Transactional
    public List<ObjectNode> list(Selection selection, String expand) {
        Expansie expansie = expansie(expand);
        return weergave(declaratie.list(selection), expansie);
    }

    @Override
    @Transactional
    public ObjectNode create(ObjectInformatieObjectRequest body) {
        return render(declaratie.create(new ObjectInformatieObject(), o -> {
            ValidationErrors errors = new ValidationErrors();
            EioVersie v = documents.byUrl("informatieobject", body.informatieobject(), errors);
            errors.throwIfAny();
            documents.requireLatest(v.document.uuid, Scopes.Drc.AANMAKEN);
            if (ObjectInformatieObject.count("document = ?1 and object = ?2", v.document, body.object()) > 0) {
                throw ZgwException.invalid(List.of(InvalidParam.nonField("unique",                        // drc-003
                        "De velden informatieobject, object moeten een unieke set zijn.")));
            }
            bronRelatie(body);
            o.document = v.document;
            o.object = body.object();
            o.objectType = body.objectType();
        }));
    }

    /** drc-002 and drc-004, asked of the source API. */
    private void bronRelatie(ObjectInformatieObjectRequest body) {
        switch (bron.check(body.objectType(), body.object(), body.informatieobject())) {
            case OBJECT_ONBEREIKBAAR -> throw ZgwException.invalid("object", "bad-url",                     // drc-002
                    "De URL kan niet opgehaald worden of is geen geldig object.");
            case GEEN_OBJECT -> throw ZgwException.invalid("object", "invalid-resource",                  // drc-002
                    "De URL " + body.object() + " verwijst niet naar een " + body.objectType() + ".");
            case ONTBREEKT -> throw ZgwException.invalid(List.of(InvalidParam.nonField(                    // drc-004
                    "inconsistent-relation", "Het informatieobject is niet gekoppeld aan het object in de bron-API.")));
            default -> {
            }
        }
    }

    @Override
    protected ObjectNode render(ObjectInformatieObject o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", urls.resource(COLLECTION, o.uuid));
        n.put("informatieobject", eios.url(o.document.uuid));
        n.put("object", o.object);
        n.put("objectType", o.objectType);
        return n;
    }
}
