package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
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
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.InvalidParam;
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
import nl.zgw.documenten.api.VerzendingRequest;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.Verzending;
import nl.zgw.documenten.persistence.DocumentRepository;

/** Verzendingen: CRUD, one address each; audited in the document's trail, no notification (as the reference). */
@RequestScoped
public class VerzendingService {

    static final String COLLECTION = "verzendingen";
    public static final String EEN_ADRES = "invalid-address";
    static final ExpandModel MODEL = ExpandModel.builder().resource(COLLECTION)
            .toOne("informatieobject", EioRepresentation.COLLECTION).build();
    private static final List<String> TEXT = List.of("toelichting", "contactpersoonnaam");
    private static final List<String> NULLABLE = List.of("ontvangstdatum", "verzenddatum",
            "binnenlandsCorrespondentieadres", "buitenlandsCorrespondentieadres", "correspondentiePostadres",
            "faxnummer", "emailadres", "telefoonnummer");

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

    public VerzendingService(EioService documents, DocumentRepository repository, EioRepresentation eios,
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
    public Page<ObjectNode> list(Selection selection, String page, String expand) {
        Expansie expansie = expander.parse(COLLECTION, expand);
        ListQuery<Verzending> q = ListQuery.of(Verzending.class, "e")
                .join("join e.document d join EioVersie v on v.document = d and v.laatste = true")
                .where(selection.where().and(autorisaties.listFilter(Scopes.Drc.LEZEN), "v.informatieobjecttype",
                        "v.vertrouwelijkheidaanduiding"))
                .orderBy(selection.order());
        return lists.page(q, PageRequest.of(page), rows -> {
            List<ObjectNode> nodes = render(rows);
            expander.expand(COLLECTION, nodes, expansie);
            return nodes;
        });
    }

    @Transactional
    public ObjectNode read(UUID uuid, String expand) {
        Expansie expansie = expander.parse(COLLECTION, expand);
        ObjectNode n = render(List.of(require(uuid, Scopes.Drc.LEZEN))).get(0);
        expander.expand(COLLECTION, List.of(n), expansie);
        return n;
    }

    private Verzending require(UUID uuid, String scope) {
        Verzending z = Verzending.<Verzending>find("select z from Verzending z join fetch z.document where z.uuid = ?1",
                uuid).firstResultOptional().orElseThrow(ZgwException::notFound);
        documents.requireLatest(z.document.uuid, scope);
        return z;
    }

    @Transactional
    public ObjectNode create(VerzendingRequest body) {
        Verzending z = new Verzending();
        z.uuid = UUID.randomUUID();
        write(z, body, Scopes.Drc.AANMAKEN);
        z.persist();
        return record(z, "create", null);
    }

    @Transactional
    public ObjectNode update(UUID uuid, VerzendingRequest body) {
        Verzending z = require(uuid, Scopes.Drc.BIJWERKEN);
        ObjectNode oud = render(List.of(z)).get(0);
        write(z, body, Scopes.Drc.BIJWERKEN);
        return record(z, "update", oud);
    }

    @Transactional
    public ObjectNode patch(UUID uuid, JsonNode patch) {
        Verzending z = require(uuid, Scopes.Drc.BIJWERKEN);
        ObjectNode oud = render(List.of(z)).get(0);
        ObjectNode state = z.data.deepCopy();
        state.put("informatieobject", eios.url(z.document.uuid));
        state.put("aardRelatie", z.aardRelatie);
        state.put("betrokkene", z.betrokkene);
        write(z, patches.merge(state, patch, VerzendingRequest.class), Scopes.Drc.BIJWERKEN);
        return record(z, "partial_update", oud);
    }

    @Transactional
    public void delete(UUID uuid) {
        Verzending z = require(uuid, Scopes.Drc.VERWIJDEREN);
        ObjectNode oud = render(List.of(z)).get(0);
        z.delete();
        wijzigingen.record(Wijziging.op(null, "destroy").resource("verzending", oud.get("url").asText())
                .hoofdObject(eios.url(z.document.uuid), null).oud(oud).audit(z.betrokkene));
    }

    private void write(Verzending z, VerzendingRequest body, String scope) {
        ValidationErrors errors = new ValidationErrors();
        EioVersie v = documents.byUrl("informatieobject", body.informatieobject(), errors);
        if (body.adressen() > 1) {
            errors.add(InvalidParam.nonField(EEN_ADRES, "Een verzending heeft hooguit één adres: een"
                    + " binnenlands of buitenlands correspondentieadres, correspondentiepostadres, faxnummer,"
                    + " emailadres, mijnOverheid of telefoonnummer."));
        }
        errors.throwIfAny();
        documents.requireLatest(v.document.uuid, scope);
        z.document = v.document;
        z.aardRelatie = body.aardRelatie();
        z.betrokkene = body.betrokkene();
        ObjectNode data = mapper.valueToTree(body);
        data.remove(List.of("informatieobject", "aardRelatie", "betrokkene"));
        z.data = data;
    }

    private ObjectNode record(Verzending z, String actie, ObjectNode oud) {
        ObjectNode nieuw = render(List.of(z)).get(0);
        wijzigingen.record(Wijziging.op(null, actie).resource("verzending", nieuw.get("url").asText())
                .hoofdObject(eios.url(z.document.uuid), null).oud(oud).nieuw(nieuw).audit(z.betrokkene));
        return nieuw;
    }

    List<ObjectNode> render(List<Verzending> rows) {
        return rows.stream().map(z -> {
            ObjectNode n = mapper.createObjectNode();
            n.put("url", urls.resource(COLLECTION, z.uuid));
            n.put("betrokkene", z.betrokkene);
            n.put("informatieobject", eios.url(z.document.uuid));
            n.put("aardRelatie", z.aardRelatie);
            n.put("contactPersoon", z.data.path("contactPersoon").asText(""));
            for (String f : TEXT) {
                n.put(f, z.data.path(f).isTextual() ? z.data.get(f).asText() : "");
            }
            for (String f : NULLABLE) {
                JsonNode value = z.data.get(f);
                n.set(f, value == null || value.isNull() ? n.nullNode() : adres(value));
            }
            n.put("mijnOverheid", z.data.path("mijnOverheid").asBoolean(false));
            return n;
        }).toList();
    }

    /** An address object with its unset optional strings as "" (nulls left out of the file's non-nullable fields). */
    private JsonNode adres(JsonNode value) {
        if (!value.isObject()) {
            return value.deepCopy();
        }
        ObjectNode copy = value.deepCopy();
        List<String> nulls = new java.util.ArrayList<>();
        copy.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            }
        });
        nulls.forEach(f -> copy.put(f, ""));
        return copy;
    }
}
