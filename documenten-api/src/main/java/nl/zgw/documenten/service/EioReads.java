package nl.zgw.documenten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zgw.common.expand.CatalogiRelaties;
import nl.zgw.common.expand.ExpandAutorisatie;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Where;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.domain.EioVersie;

/** Reads of enkelvoudiginformatieobjecten: the list (latest versions only), _zoek and the detail with expand. */
@RequestScoped
public class EioReads {

    static final ExpandModel MODEL = CatalogiRelaties.declare(ExpandModel.builder()
            .resource(EioRepresentation.COLLECTION).toOne("informatieobjecttype", "informatieobjecttypen"))
            .build();

    private final EioService service;
    private final EioRepresentation representation;
    private final ListQueries lists;
    private final Autorisaties autorisaties;
    private final Expander expander;

    public EioReads(EioService service, EioRepresentation representation, ListQueries lists,
                    Autorisaties autorisaties, ReferenceClient references) {
        this.service = service;
        this.representation = representation;
        this.lists = lists;
        this.autorisaties = autorisaties;
        this.expander = new Expander(MODEL, ExpandLoaders.of(CatalogiRelaties.loaders(new java.util.HashMap<>(),
                new RemoteExpandLoader(references))), ExpandAutorisatie.ALLES);
    }

    @Transactional
    public Page<ObjectNode> list(Selection selection, String page, String expand) {
        Expansie expansie = expander.parse(EioRepresentation.COLLECTION, expand);
        return page(selection.where(), selection.order(), PageRequest.of(page), expansie);
    }

    @Transactional
    public Page<ObjectNode> zoek(JsonNode body, String page) {
        if (body == null || !body.isObject()) {
            throw ZgwException.invalid("nonFieldErrors", "parse_error", "De request body moet een JSON-object zijn.");
        }
        ValidationErrors errors = new ValidationErrors();
        List<UUID> uuids = new ArrayList<>();
        JsonNode in = body.has("uuid__in") ? body.get("uuid__in") : body.get("uuidIn");
        if (in == null) {
            errors.add("uuid__in", "required", "Dit veld is vereist.");
        } else if (in.isNull()) {
            errors.add("uuid__in", "null", "Dit veld mag niet leeg zijn.");
        } else if (!in.isArray()) {
            errors.add("uuid__in", "not_a_list", "Verwachtte een lijst met items maar kreeg type \""
                    + in.getNodeType().toString().toLowerCase() + "\".");
        } else {
            for (int i = 0; i < in.size(); i++) {
                try {
                    uuids.add(UUID.fromString(in.get(i).asText()));
                } catch (IllegalArgumentException e) {
                    errors.add("uuid__in." + i, "invalid", "Voer een geldige UUID in.");
                }
            }
        }
        for (String f : List.of("identificatie", "bronorganisatie", "expand")) {
            if (body.has(f) && !body.get(f).isTextual() && !body.get(f).isNull()) {
                errors.add(f, "invalid", "Geen geldige string.");
            }
        }
        errors.throwIfAny();
        Expansie expansie = expander.parse(EioRepresentation.COLLECTION, text(body, "expand"));
        Where where = new Where();
        if (uuids.isEmpty()) {
            where.nothing();
        } else {
            where.and("e.document.uuid in ?", uuids);
        }
        String identificatie = text(body, "identificatie");
        if (identificatie != null) {
            where.and("e.identificatie = ?", identificatie);
        }
        String bronorganisatie = text(body, "bronorganisatie");
        if (bronorganisatie != null) {
            where.and("e.bronorganisatie = ?", bronorganisatie);
        }
        return page(where, "e.id", PageRequest.of(page), expansie);
    }

    private Page<ObjectNode> page(Where where, String order, PageRequest page, Expansie expansie) {
        where.and("e.laatste = true");
        where.and(autorisaties.listFilter(Scopes.Drc.LEZEN), "e.informatieobjecttype", "e.vertrouwelijkheidaanduiding");
        if (autorisaties.alleenIsGereedVoorPublicatie()) {
            where.and("e.isGereedVoorPublicatie = true");
        }
        ListQuery<EioVersie> query = ListQuery.of(EioVersie.class, "e").fetch("join fetch e.document")
                .where(where).orderBy(order);
        return lists.page(query, page, rows -> {
            List<ObjectNode> nodes = representation.render(rows);
            expander.expand(EioRepresentation.COLLECTION, nodes, expansie);
            return nodes;
        });
    }

    @Transactional
    public ObjectNode detail(UUID uuid, Integer versie, OffsetDateTime registratieOp, String expand) {
        Expansie expansie = expander.parse(EioRepresentation.COLLECTION, expand);
        ObjectNode n = representation.render(service.read(uuid, versie, registratieOp, Scopes.Drc.LEZEN));
        expander.expand(EioRepresentation.COLLECTION, List.of(n), expansie);
        return n;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
