package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakNotitieRepresentation;
import nl.zgw.zaken.api.ZaakNotitieRequest;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakNotitie;
import nl.zgw.zaken.domain.rules.NotitieAlleenConcept;
import nl.zgw.zaken.persistence.ZaakNotitieRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases of /zaaknotities (1.7, experimental): list, read, create, update, partial update, delete. The OAS
 * lists no notification for notities, so a change is only audited on its zaak.
 */
@RequestScoped
public class ZaakNotitieService {

    private final ZaakNotitieRepository notities;
    private final ZaakDelen delen;
    private final ZaakNotitieRepresentation representation;
    private final ListQueries lists;
    private final PatchMerger patches;

    public ZaakNotitieService(ZaakNotitieRepository notities, ZaakDelen delen,
                              ZaakNotitieRepresentation representation, ListQueries lists,
                              PatchMerger patches) {
        this.notities = notities;
        this.delen = delen;
        this.representation = representation;
        this.lists = lists;
        this.patches = patches;
    }

    public Page<ObjectNode> list(Selection selection, PageRequest page) {
        ListQuery<ZaakNotitie> query = ListQuery.of(ZaakNotitie.class, "e")
                .join("join e.zaak z")
                .fetch("join fetch e.zaak z")
                .where(delen.zichtbaar(selection.where(), "z"))
                .orderBy(selection.order());
        return lists.page(query, page, representation::render);
    }

    public ZaakNotitie read(UUID uuid) {
        ZaakNotitie n = notities.byUuid(uuid).orElseThrow(ZgwException::notFound);
        delen.magLezen(n.zaak);
        return n;
    }

    @Transactional
    public ZaakNotitie create(ZaakNotitieRequest body) {
        ZaakNotitie n = new ZaakNotitie();
        n.uuid = UUID.randomUUID();
        n.aanmaakdatum = nu();
        write(n, body);
        notities.persist(n);
        record(n, "create", null);
        return n;
    }

    @Transactional
    public ZaakNotitie update(UUID uuid, ZaakNotitieRequest body) {
        ZaakNotitie n = bestaand(uuid);
        ObjectNode oud = representation.render(n);
        write(n, body);
        record(n, "update", oud);
        return n;
    }

    @Transactional
    public ZaakNotitie patch(UUID uuid, JsonNode patch) {
        ZaakNotitie n = bestaand(uuid);
        ObjectNode oud = representation.render(n);
        write(n, patches.merge(representation.request(n), patch, ZaakNotitieRequest.class));
        record(n, "partial_update", oud);
        return n;
    }

    @Transactional
    public void delete(UUID uuid) {
        ZaakNotitie n = notities.byUuid(uuid).orElseThrow(ZgwException::notFound);
        delen.magBijwerken(n.zaak);
        ObjectNode oud = representation.render(n);
        notities.delete(n);
        record(n, "destroy", oud);
    }

    /** An existing notitie to change: the caller may change its zaak, and it is still a concept. */
    private ZaakNotitie bestaand(UUID uuid) {
        ZaakNotitie n = notities.byUuid(uuid).orElseThrow(ZgwException::notFound);
        delen.magBijwerken(n.zaak);
        ValidationErrors errors = new ValidationErrors();
        NotitieAlleenConcept.check(n.status).ifPresent(errors::add);
        errors.throwIfAny();
        return n;
    }

    private void write(ZaakNotitie n, ZaakNotitieRequest body) {
        ValidationErrors errors = new ValidationErrors();
        Optional<Zaak> zaak = delen.zaak("gerelateerdAan", body.gerelateerdAan(), errors);
        errors.throwIfAny();
        Zaak z = zaak.orElseThrow();
        delen.magBijwerken(z);
        n.zaak = z;
        n.onderwerp = body.onderwerp();
        n.tekst = body.tekst();
        n.aangemaaktDoor = Objects.requireNonNullElse(body.aangemaaktDoor(), "");
        n.notitieType = Objects.requireNonNullElse(body.notitieType(), "intern");
        n.status = Objects.requireNonNullElse(body.status(), ZaakNotitie.CONCEPT);
        n.wijzigingsdatum = nu();
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private void record(ZaakNotitie n, String actie, ObjectNode oud) {
        ObjectNode nieuw = actie.equals("destroy") ? null : representation.render(n);
        delen.audit(n.zaak, "zaaknotitie", (nieuw != null ? nieuw : oud).get("url").asText(), actie, oud, nieuw,
                n.onderwerp);
    }
}
