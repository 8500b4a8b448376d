package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.EioResource;
import nl.zgw.documenten.api.GebruiksrechtRequest;
import nl.zgw.documenten.config.Kanalen;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.Gebruiksrecht;
import nl.zgw.documenten.persistence.DocumentRepository;

/** Gebruiksrechten: CRUD; the document's indicatieGebruiksrecht follows them (drc-006). */
@RequestScoped
public class GebruiksrechtService {

    static final String COLLECTION = "gebruiksrechten";
    static final ExpandModel MODEL = ExpandModel.builder().resource(COLLECTION)
            .toOne("informatieobject", EioRepresentation.COLLECTION).build();

    private final EioService documents;
    private final DocumentRepository repository;
    private final EioRepresentation eios;
    private final Wijzigingen wijzigingen;
    private final PatchMerger patches;
    private final ListQueries lists;
    private final Autorisaties autorisaties;
    private final PublicUrls urls;
    private final ObjectMapper mapper;
    private final Expander expander;

    public GebruiksrechtService(EioService documents, DocumentRepository repository, EioRepresentation eios,
                                Wijzigingen wijzigingen, PatchMerger patches, ListQueries lists,
                                Autorisaties autorisaties, PublicUrls urls, ObjectMapper mapper) {
        this.documents = documents;
        this.repository = repository;
        this.eios = eios;
        this.wijzigingen = wijzigingen;
        this.patches = patches;
        this.lists = lists;
        this.autorisaties = autorisaties;
        this.urls = urls;
        this.mapper = mapper;
        this.expander = new Expander(MODEL, ExpandLoaders.of(Map.of(EioRepresentation.COLLECTION,
                new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, EioResource.ROOT, EioRepresentation.COLLECTION),
                        uuids -> eios.render(repository.latestOf(uuids))))), (doel, o) -> true);
    }

    @Transactional
    public List<ObjectNode> list(Selection selection, String expand) {
        Expansie expansie = expander.parse(COLLECTION, expand);
        ListQuery<Gebruiksrecht> q = ListQuery.of(Gebruiksrecht.class, "e")
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

    private Gebruiksrecht require(UUID uuid, String scope) {
        Gebruiksrecht g = Gebruiksrecht.<Gebruiksrecht>find("select g from Gebruiksrecht g join fetch g.document"
                + " where g.uuid = ?1", uuid).firstResultOptional().orElseThrow(ZgwException::notFound);
        documents.requireLatest(g.document.uuid, scope);
        return g;
    }

    @Transactional
    public ObjectNode create(GebruiksrechtRequest body) {
        Gebruiksrecht g = new Gebruiksrecht();
        g.uuid = UUID.randomUUID();
        write(g, body, Scopes.Drc.AANMAKEN);
        g.persist();
        documents.gebruiksrechtenChanged(g.document);
        return record(g, "create", null);
    }

    @Transactional
    public ObjectNode update(UUID uuid, GebruiksrechtRequest body) {
        Gebruiksrecht g = require(uuid, Scopes.Drc.BIJWERKEN);
        ObjectNode oud = render(List.of(g)).get(0);
        write(g, body, Scopes.Drc.BIJWERKEN);
        return record(g, "update", oud);
    }

    @Transactional
    public ObjectNode patch(UUID uuid, JsonNode patch) {
        Gebruiksrecht g = require(uuid, Scopes.Drc.BIJWERKEN);
        ObjectNode oud = render(List.of(g)).get(0);
        ObjectNode state = oud.deepCopy();
        state.remove("url");
        write(g, patches.merge(state, patch, GebruiksrechtRequest.class), Scopes.Drc.BIJWERKEN);
        return record(g, "partial_update", oud);
    }

    @Transactional
    public void delete(UUID uuid) {
        Gebruiksrecht g = require(uuid, Scopes.Drc.VERWIJDEREN);
        ObjectNode oud = render(List.of(g)).get(0);
        g.delete();
        Gebruiksrecht.flush();
        documents.gebruiksrechtenChanged(g.document);
        wijzigingen.record(Wijziging.op(Kanalen.DOCUMENTEN, "destroy").resource("gebruiksrechten",
                oud.get("url").asText()).hoofdObject(eios.url(g.document.uuid), document(g)).oud(oud)
                .audit(g.omschrijvingVoorwaarden));
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

    private ObjectNode record(Gebruiksrecht g, String actie, ObjectNode oud) {
        ObjectNode nieuw = render(List.of(g)).get(0);
        wijzigingen.record(Wijziging.op(Kanalen.DOCUMENTEN, actie).resource("gebruiksrechten",
                nieuw.get("url").asText()).hoofdObject(eios.url(g.document.uuid), document(g)).oud(oud).nieuw(nieuw)
                .audit(g.omschrijvingVoorwaarden));
        return nieuw;
    }

    private ObjectNode document(Gebruiksrecht g) {
        return eios.render(repository.latest(g.document.uuid).orElseThrow(ZgwException::notFound));
    }

    List<ObjectNode> render(List<Gebruiksrecht> rows) {
        return rows.stream().map(g -> {
            ObjectNode n = mapper.createObjectNode();
            n.put("url", urls.resource(COLLECTION, g.uuid));
            n.put("informatieobject", eios.url(g.document.uuid));
            n.put("startdatum", nl.zgw.documenten.api.Timestamps.format(g.startdatum));
            if (g.einddatum == null) {
                n.putNull("einddatum");
            } else {
                n.put("einddatum", nl.zgw.documenten.api.Timestamps.format(g.einddatum));
            }
            n.put("omschrijvingVoorwaarden", g.omschrijvingVoorwaarden);
            return n;
        }).collect(Collectors.toList());
    }

    static <T> Function<T, T> same() {
        return t -> t;
    }
}
