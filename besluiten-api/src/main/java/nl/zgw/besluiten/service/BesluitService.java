package nl.zgw.besluiten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.zgw.besluiten.api.BesluitExpander;
import nl.zgw.besluiten.api.BesluitRepresentation;
import nl.zgw.besluiten.api.BesluitRequest;
import nl.zgw.besluiten.api.BesluitenApi;
import nl.zgw.besluiten.client.RemoteViews;
import nl.zgw.besluiten.domain.Besluit;
import nl.zgw.besluiten.domain.BesluitInformatieObject;
import nl.zgw.besluiten.domain.rules.Brc007BesluittypeVanZaaktype;
import nl.zgw.besluiten.domain.rules.DatumNietInDeToekomst;
import nl.zgw.besluiten.domain.rules.IdentificatieUniek;
import nl.zgw.besluiten.domain.rules.Onveranderlijk;
import nl.zgw.besluiten.persistence.BesluitInformatieObjectRepository;
import nl.zgw.besluiten.persistence.BesluitRepository;
import nl.zgw.besluiten.sync.Objectinformatieobjecten;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.sync.Synchronisaties;
import nl.zgw.besluiten.sync.Zaakbesluiten;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.common.refs.ReferenceRule;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The besluit use cases: list, read, create, replace, patch, delete, with rules brc-001, 002, 006, 007 and 009. Every
 * write stores, audits, queues its notification and queues its synchronisations in one transaction.
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class BesluitService {

    static final String KANAAL = "besluiten";

    private final BesluitRepository besluiten;
    private final BesluitInformatieObjectRepository bios;
    private final BesluitRepresentation representation;
    private final BesluitExpander expander;
    private final ReferenceValidator references;
    private final Autorisaties autorisaties;
    private final Wijzigingen wijzigingen;
    private final AuditTrail auditTrail;
    private final PatchMerger patches;
    private final ListQueries lists;
    private final IdentificatieGenerator identificaties;
    private final Synchronisaties sync;
    private final EntityManager em;

    public BesluitService(BesluitRepository besluiten, BesluitInformatieObjectRepository bios,
                          BesluitRepresentation representation, BesluitExpander expander,
                          ReferenceValidator references, Autorisaties autorisaties, Wijzigingen wijzigingen,
                          AuditTrail auditTrail, PatchMerger patches, ListQueries lists,
                          IdentificatieGenerator identificaties, Synchronisaties sync, EntityManager em) {
        this.besluiten = besluiten;
        this.bios = bios;
        this.representation = representation;
        this.expander = expander;
        this.references = references;
        this.autorisaties = autorisaties;
        this.wijzigingen = wijzigingen;
        this.auditTrail = auditTrail;
        this.patches = patches;
        this.lists = lists;
        this.identificaties = identificaties;
        this.sync = sync;
        this.em = em;
    }

    /** brc: lists filtered by the caller's besluittypen in the query itself. */
    @Transactional
    public Page<ObjectNode> list(Selection selection, PageRequest page, String expand) {
        Expansie expansie = expander.parse(BesluitenApi.BESLUITEN, expand);
        ListQuery<Besluit> query = ListQuery.of(Besluit.class, "e")
                .where(selection.where().and(autorisaties.listFilter(Scopes.Brc.LEZEN), "e.besluittype", null))
                .orderBy(selection.order());
        return lists.page(query, page, rows -> {
            List<ObjectNode> nodes = representation.render(rows);
            expander.expand(BesluitenApi.BESLUITEN, nodes, expansie);
            return nodes;
        });
    }

    @Transactional
    public ObjectNode read(UUID uuid, String expand) {
        Expansie expansie = expander.parse(BesluitenApi.BESLUITEN, expand);
        ObjectNode node = representation.render(require(uuid, Scopes.Brc.LEZEN));
        expander.expand(BesluitenApi.BESLUITEN, List.of(node), expansie);
        return node;
    }

    /** The besluit, 404 when unknown, 403 when its besluittype is outside the caller's autorisaties for scope. */
    public Besluit require(UUID uuid, String scope) {
        Besluit b = besluiten.byUuid(uuid).orElseThrow(ZgwException::notFound);
        autorisaties.require(scope, b.besluittype, null);
        return b;
    }

    @Transactional
    public Besluit create(BesluitRequest body) {
        autorisaties.require(Scopes.Brc.AANMAKEN, body.besluittype(), null);
        ValidationErrors errors = new ValidationErrors();
        errors.run(() -> references.require("besluittype", body.besluittype(), RemoteViews.BESLUITTYPE,
                ReferenceRule.published()));                                    // brc-001
        DatumNietInDeToekomst.check(body.datum()).ifPresent(errors::add);
        String zaak = body.zaakOfNull();
        if (zaak != null) {
            zaakHoortBijBesluittype(zaak, body.besluittype(), errors);         // brc-007
        }
        boolean gegeven = body.identificatie() != null && !body.identificatie().isBlank();
        if (gegeven && besluiten.identificatieBestaat(body.verantwoordelijkeOrganisatie(), body.identificatie())) {
            errors.add(IdentificatieUniek.fout());                              // brc-002
        }
        errors.throwIfAny();

        Besluit b = new Besluit();
        b.uuid = UUID.randomUUID();
        b.verantwoordelijkeOrganisatie = body.verantwoordelijkeOrganisatie();
        b.identificatie = gegeven ? body.identificatie() : generated(b.verantwoordelijkeOrganisatie, body);
        b.besluittype = body.besluittype();
        b.zaak = zaak;
        apply(b, body);
        storeUnique(b);
        String url = representation.url(b);
        record(b, "create", null);
        if (zaak != null) {
            sync.plan(Zaakbesluiten.AANMAKEN, Zaakbesluiten.sleutel(zaak, url), Zaakbesluiten.gegevens(zaak, url));
        }
        return b;
    }

    @Transactional
    public Besluit update(UUID uuid, BesluitRequest body) {
        return replace(uuid, body, null, "update");
    }

    @Transactional
    public Besluit patch(UUID uuid, JsonNode patch) {
        return replace(uuid, null, patch, "partial_update");
    }

    private Besluit replace(UUID uuid, BesluitRequest put, JsonNode patch, String actie) {
        Besluit b = require(uuid, Scopes.Brc.BIJWERKEN);
        ObjectNode oud = representation.render(b);
        BesluitRequest body = put != null ? put
                : patches.merge(representation.request(b), patch, BesluitRequest.class);
        ValidationErrors errors = new ValidationErrors();
        if (body.identificatie() != null) {
            Onveranderlijk.check("identificatie", b.identificatie, body.identificatie()).ifPresent(errors::add);
        }
        Onveranderlijk.check("verantwoordelijkeOrganisatie", b.verantwoordelijkeOrganisatie,
                body.verantwoordelijkeOrganisatie()).ifPresent(errors::add);           // brc-002
        Onveranderlijk.check("besluittype", b.besluittype, body.besluittype()).ifPresent(errors::add); // brc-001
        Onveranderlijk.check("zaak", b.zaak, body.zaakOfNull()).ifPresent(errors::add);           // brc-006
        DatumNietInDeToekomst.check(body.datum()).ifPresent(errors::add);
        errors.throwIfAny();
        apply(b, body);
        record(b, actie, oud);
        return b;
    }

    /**
     * brc-009: the besluit, its besluitinformatieobjecten and its audit trail are removed here for good; the
     * objectinformatieobjecten and the zaakbesluit at the other APIs are removed after commit (queued here).
     */
    @Transactional
    public void delete(UUID uuid) {
        Besluit b = require(uuid, Scopes.Brc.VERWIJDEREN);
        ObjectNode oud = representation.render(b);
        String url = representation.url(b);
        for (BesluitInformatieObject bio : bios.ofBesluit(b)) {
            sync.plan(Objectinformatieobjecten.VERWIJDEREN,
                    Objectinformatieobjecten.sleutel(bio.informatieobject, url),
                    Objectinformatieobjecten.gegevens(bio.informatieobject, url));
            bios.delete(bio);
        }
        if (b.zaak != null) {
            sync.plan(Zaakbesluiten.VERWIJDEREN, Zaakbesluiten.sleutel(b.zaak, url),
                    Zaakbesluiten.gegevens(b.zaak, url));
        }
        besluiten.delete(b);
        auditTrail.deleteForHoofdObject(url);
        // notified, not audited: the audit trail goes with the besluit (brc-009)
        wijzigingen.record(Wijziging.op(KANAAL, "destroy").resource("besluit", url).oud(oud));
    }

    private void zaakHoortBijBesluittype(String zaak, String besluittype, ValidationErrors errors) {
        AtomicReference<RemoteViews.Zaak> z = new AtomicReference<>();
        errors.run(() -> z.set(references.require("zaak", zaak, RemoteViews.ZAAK)));
        if (z.get() == null) {
            return;
        }
        RemoteViews.Zaaktype zaaktype;
        try {
            zaaktype = references.check(z.get().zaaktype(), RemoteViews.ZAAKTYPE, List.of());
        } catch (ReferenceException e) {
            errors.add(e.asInvalidParam("zaak"));
            return;
        }
        Brc007BesluittypeVanZaaktype.check(besluittype, zaaktype.besluittypen()).ifPresent(errors::add);
    }

    /** A generated identificatie no besluit of the organisation has (a client may have chosen that text itself). */
    private String generated(String organisatie, BesluitRequest body) {
        while (true) {
            String candidate = identificaties.next(organisatie, body.datum().getYear());
            if (!besluiten.identificatieBestaat(organisatie, candidate)) {
                return candidate;
            }
        }
    }

    /** Two creates with the same given identificatie at once: the database's constraint decides, answered as 400. */
    private void storeUnique(Besluit b) {
        try {
            besluiten.persist(b);
            em.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(rootMessage(e)).contains("besluit_identificatie_uniek")) {
                throw ZgwException.invalid(List.of(IdentificatieUniek.fout()));
            }
            throw e;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static void apply(Besluit b, BesluitRequest body) {
        b.datum = body.datum();
        b.toelichting = body.toelichting() == null ? "" : body.toelichting();
        b.bestuursorgaan = body.bestuursorgaan() == null ? "" : body.bestuursorgaan();
        b.ingangsdatum = body.ingangsdatum();
        b.vervaldatum = body.vervaldatum();
        b.vervalreden = body.vervalreden() == null ? "" : body.vervalreden();
        b.publicatiedatum = body.publicatiedatum();
        b.verzenddatum = body.verzenddatum();
        b.uiterlijkeReactiedatum = body.uiterlijkeReactiedatum();
    }

    private void record(Besluit b, String actie, ObjectNode oud) {
        wijzigingen.record(Wijziging.op(KANAAL, actie).resource("besluit", representation.url(b))
                .oud(oud).nieuw(representation.render(b)).audit(b.identificatie));
    }
}
