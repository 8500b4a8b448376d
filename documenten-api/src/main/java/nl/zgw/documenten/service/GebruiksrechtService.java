package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.GebruiksrechtRequest;
import nl.zgw.documenten.api.Timestamps;
import nl.zgw.documenten.config.Kanalen;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;
import nl.zgw.documenten.domain.Gebruiksrecht;

/** Gebruiksrechten: CRUD; the document's indicatieGebruiksrecht follows them (drc-006). */
@RequestScoped
public class GebruiksrechtService extends AbstractDocumentDeelService<Gebruiksrecht, GebruiksrechtRequest>
        implements WijzigbaarDocumentDeelService<GebruiksrechtRequest> {

    static final String COLLECTION = "gebruiksrechten";

    private final SubResource<Gebruiksrecht, EnkelvoudigInformatieObject> declaratie;
    private final EioService documents;
    private final EioRepresentation eios;
    private final PatchMerger patches;
    private final PublicUrls urls;
    private final ObjectMapper mapper;

    public GebruiksrechtService(SubResources subResources, DocumentHoofdobject document, EioService documents,
                                EioRepresentation eios, PatchMerger patches, PublicUrls urls, ObjectMapper mapper,
                                InformatieobjectExpander expander) {
        super(COLLECTION, expander);
        this.documents = documents;
        this.eios = eios;
        this.patches = patches;
        this.urls = urls;
        this.mapper = mapper;
        this.declaratie = subResources.declare(Gebruiksrecht.class, "gebruiksrechten", document,
                        (Gebruiksrecht g) -> g.document)
                .kanaal(Kanalen.DOCUMENTEN)
                .vind(uuid -> Gebruiksrecht.<Gebruiksrecht>find("select g from Gebruiksrecht g join fetch g.document"
                        + " where g.uuid = ?1", uuid).firstResultOptional())
                .render(this::render)
                .weergave(g -> g.omschrijvingVoorwaarden)
                .naAanmaken(g -> documents.gebruiksrechtenChanged(g.document))
                .naVerwijderen(g -> {
                    Gebruiksrecht.flush();                          // counted without the deleted one
                    documents.gebruiksrechtenChanged(g.document);
                });
    }

    @Override
    protected SubResource<Gebruiksrecht, EnkelvoudigInformatieObject> declaratie() {
        return declaratie;
    }

    @Transactional
    public List<ObjectNode> list(Selection selection, String expand) {
        Expansie expansie = expansie(expand);
        return weergave(declaratie.list(selection), expansie);
    }

    @Override
    @Transactional
    public ObjectNode create(GebruiksrechtRequest body) {
        return render(declaratie.create(new Gebruiksrecht(), g -> write(g, body, Scopes.Drc.AANMAKEN)));
    }

    @Override
    @Transactional
    public ObjectNode update(UUID uuid, GebruiksrechtRequest body) {
        return render(declaratie.update(uuid, "update", g -> write(g, body, Scopes.Drc.BIJWERKEN)));
    }

    @Override
    @Transactional
    public ObjectNode patch(UUID uuid, JsonNode patch) {
        return render(declaratie.update(uuid, "partial_update", g -> {
            ObjectNode state = render(g);
            state.remove("url");
            write(g, patches.merge(state, patch, GebruiksrechtRequest.class), Scopes.Drc.BIJWERKEN);
        }));
    }

    private void write(Gebruiksrecht g, GebruiksrechtRequest body, String scope) {
        ValidationErrors errors = new ValidationErrors();
        EioVersie v = documents.byUrl("informatieobject", body.informatieobject(), errors);
        errors.throwIfAny();
        if (g.document != null && !g.document.id.equals(v.document.id)) {
            throw ZgwException.invalid("informatieobject", "wijzigen-niet-toegelaten",
                    "Dit veld mag niet gewijzigd worden.");
        }
        documents.requireLatest(v.document.uuid, scope);
        g.document = v.document;
        g.startdatum = body.startdatum();
        g.einddatum = body.einddatum();
        g.omschrijvingVoorwaarden = body.omschrijvingVoorwaarden();
    }

    @Override
    protected ObjectNode render(Gebruiksrecht g) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", urls.resource(COLLECTION, g.uuid));
        n.put("informatieobject", eios.url(g.document.uuid));
        n.put("startdatum", Timestamps.format(g.startdatum));
        if (g.einddatum == null) {
            n.putNull("einddatum");
        } else {
            n.put("einddatum", Timestamps.format(g.einddatum));
        }
        n.put("omschrijvingVoorwaarden", g.omschrijvingVoorwaarden);
        return n;
    }
}
