package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.SubResource;
import nl.zgw.common.subresource.SubResources;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.api.VerzendingRequest;
import nl.zgw.documenten.domain.EioVersie;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;
import nl.zgw.documenten.domain.Verzending;

/** Verzendingen: CRUD, one address each; audited in the document's trail, no notification (as the reference). */
@RequestScoped
public class VerzendingService extends AbstractDocumentDeelService<Verzending, VerzendingRequest>
        implements WijzigbaarDocumentDeelService<VerzendingRequest> {

    static final String COLLECTION = "verzendingen";
    public static final String EEN_ADRES = "invalid-address";
    private static final List<String> TEXT = List.of("toelichting", "contactpersoonnaam");
    private static final List<String> NULLABLE = List.of("ontvangstdatum", "verzenddatum",
            "binnenlandsCorrespondentieadres", "buitenlandsCorrespondentieadres", "correspondentiePostadres",
            "faxnummer", "emailadres", "telefoonnummer");

    private final SubResource<Verzending, EnkelvoudigInformatieObject> declaratie;
    private final EioService documents;
    private final EioRepresentation eios;
    private final PatchMerger patches;
    private final PublicUrls urls;
    private final ObjectMapper mapper;

    public VerzendingService(SubResources subResources, DocumentHoofdobject document, EioService documents,
                             EioRepresentation eios, PatchMerger patches, PublicUrls urls, ObjectMapper mapper,
                             InformatieobjectExpander expander) {
        super(COLLECTION, expander);
        this.documents = documents;
        this.eios = eios;
        this.patches = patches;
        this.urls = urls;
        this.mapper = mapper;
        this.declaratie = subResources.declare(Verzending.class, "verzending", document, (Verzending z) -> z.document)
                .vind(uuid -> Verzending.<Verzending>find("select z from Verzending z join fetch z.document"
                        + " where z.uuid = ?1", uuid).firstResultOptional())
                .render(this::render)
                .weergave(z -> z.betrokkene);
    }

    @Override
    protected SubResource<Verzending, EnkelvoudigInformatieObject> declaratie() {
        return declaratie;
    }

    @Transactional
    public Page<ObjectNode> list(Selection selection, String page, String expand) {
        Expansie expansie = expansie(expand);
        return declaratie.page(selection, PageRequest.of(page), rows -> weergave(rows, expansie));
    }

    @Override
    @Transactional
    public ObjectNode create(VerzendingRequest body) {
        return render(declaratie.create(new Verzending(), z -> write(z, body, Scopes.Drc.AANMAKEN)));
    }

    @Override
    @Transactional
    public ObjectNode update(UUID uuid, VerzendingRequest body) {
        return render(declaratie.update(uuid, "update", z -> write(z, body, Scopes.Drc.BIJWERKEN)));
    }

    @Override
    @Transactional
    public ObjectNode patch(UUID uuid, JsonNode patch) {
        return render(declaratie.update(uuid, "partial_update", z -> {
            ObjectNode state = z.data.deepCopy();
            state.put("informatieobject", eios.url(z.document.uuid));
            state.put("aardRelatie", z.aardRelatie);
            state.put("betrokkene", z.betrokkene);
            write(z, patches.merge(state, patch, VerzendingRequest.class), Scopes.Drc.BIJWERKEN);
        }));
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

    @Override
    protected ObjectNode render(Verzending z) {
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
    }

    /** An address object with its unset optional strings as "" (nulls left out of the file's non-nullable fields). */
    private JsonNode adres(JsonNode value) {
        if (!value.isObject()) {
            return value.deepCopy();
        }
        ObjectNode copy = value.deepCopy();
        List<String> nulls = new ArrayList<>();
        copy.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            }
        });
        nulls.forEach(f -> copy.put(f, ""));
        return copy;
    }
}
