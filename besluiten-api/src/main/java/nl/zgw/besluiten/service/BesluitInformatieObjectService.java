package nl.zgw.besluiten.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.zgw.besluiten.api.BesluitExpander;
import nl.zgw.besluiten.api.BesluitInformatieObjectRepresentation;
import nl.zgw.besluiten.api.BesluitInformatieObjectRequest;
import nl.zgw.besluiten.api.BesluitRepresentation;
import nl.zgw.besluiten.api.BesluitenApi;
import nl.zgw.besluiten.client.RemoteViews;
import nl.zgw.besluiten.domain.Besluit;
import nl.zgw.besluiten.domain.BesluitInformatieObject;
import nl.zgw.besluiten.domain.rules.Brc008InformatieobjecttypeVanBesluittype;
import nl.zgw.besluiten.domain.rules.UniekeRelatie;
import nl.zgw.besluiten.persistence.BesluitInformatieObjectRepository;
import nl.zgw.besluiten.persistence.BesluitRepository;
import nl.zgw.besluiten.sync.Objectinformatieobjecten;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.sync.Synchronisaties;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The besluitinformatieobject use cases: list, read, create, delete (no update: immutable), with rules brc-003, 004,
 * 005 and 008. Notified on kanaal besluiten and audited, both with the besluit as hoofdObject.
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class BesluitInformatieObjectService {

    private final BesluitInformatieObjectRepository bios;
    private final BesluitRepository besluiten;
    private final BesluitInformatieObjectRepresentation representation;
    private final BesluitRepresentation besluitRepresentation;
    private final BesluitExpander expander;
    private final ReferenceValidator references;
    private final Autorisaties autorisaties;
    private final Wijzigingen wijzigingen;
    private final ListQueries lists;
    private final Synchronisaties sync;
    private final EntityManager em;

    public BesluitInformatieObjectService(BesluitInformatieObjectRepository bios, BesluitRepository besluiten,
                                          BesluitInformatieObjectRepresentation representation,
                                          BesluitRepresentation besluitRepresentation, BesluitExpander expander,
                                          ReferenceValidator references, Autorisaties autorisaties,
                                          Wijzigingen wijzigingen, ListQueries lists, Synchronisaties sync,
                                          EntityManager em) {
        this.bios = bios;
        this.besluiten = besluiten;
        this.representation = representation;
        this.besluitRepresentation = besluitRepresentation;
        this.expander = expander;
        this.references = references;
        this.autorisaties = autorisaties;
        this.wijzigingen = wijzigingen;
        this.lists = lists;
        this.sync = sync;
        this.em = em;
    }

    /** A plain array (the file's list has no pages), filtered by the besluit's besluittype in the query. */
    @Transactional
    public List<ObjectNode> list(Selection selection, String expand) {
        Expansie expansie = expander.parse(BesluitenApi.BESLUITINFORMATIEOBJECTEN, expand);
        ListQuery<BesluitInformatieObject> query = ListQuery.of(BesluitInformatieObject.class, "e")
                .join("join e.besluit b").fetch("join fetch e.besluit b")
                .where(selection.where().and(autorisaties.listFilter(Scopes.Brc.LEZEN), "b.besluittype", null))
                .orderBy(selection.order());
        List<ObjectNode> nodes = representation.render(lists.all(query));
        expander.expand(BesluitenApi.BESLUITINFORMATIEOBJECTEN, nodes, expansie);
        return nodes;
    }

    @Transactional
    public ObjectNode read(UUID uuid, String expand) {
        Expansie expansie = expander.parse(BesluitenApi.BESLUITINFORMATIEOBJECTEN, expand);
        ObjectNode node = representation.render(require(uuid, Scopes.Brc.LEZEN));
        expander.expand(BesluitenApi.BESLUITINFORMATIEOBJECTEN, List.of(node), expansie);
        return node;
    }

    BesluitInformatieObject require(UUID uuid, String scope) {
        BesluitInformatieObject bio = bios.byUuid(uuid).orElseThrow(ZgwException::notFound);
        autorisaties.require(scope, bio.besluit.besluittype, null);
        return bio;
    }

    @Transactional
    public BesluitInformatieObject create(BesluitInformatieObjectRequest body) {
        ValidationErrors errors = new ValidationErrors();
        Besluit besluit = ResourceUrl.uuidOf(body.besluit(), BesluitenApi.ROOT, BesluitenApi.BESLUITEN)
                .flatMap(besluiten::byUuid).orElse(null);
        if (besluit == null) {
            errors.add("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
        } else {
            autorisaties.require(Scopes.Brc.AANMAKEN, besluit.besluittype, null);
        }
        AtomicReference<RemoteViews.Informatieobject> io = new AtomicReference<>();
        errors.run(() -> io.set(references.require("informatieobject", body.informatieobject(),
                RemoteViews.INFORMATIEOBJECT)));                               // brc-003
        if (besluit != null && io.get() != null) {
            try {
                RemoteViews.Besluittype besluittype = references.check(besluit.besluittype, RemoteViews.BESLUITTYPE,
                        List.of());
                Brc008InformatieobjecttypeVanBesluittype.check(io.get().informatieobjecttype(),
                        besluittype.informatieobjecttypen()).ifPresent(errors::add);   // brc-008
            } catch (ReferenceException e) {
                errors.add(e.asInvalidParam("besluit"));
            }
            if (bios.bestaat(besluit, body.informatieobject())) {
                errors.add(UniekeRelatie.fout());
            }
        }
        errors.throwIfAny();

        BesluitInformatieObject bio = new BesluitInformatieObject();
        bio.uuid = UUID.randomUUID();
        bio.besluit = besluit;
        bio.informatieobject = body.informatieobject();
        bio.aardRelatie = BesluitInformatieObject.LEGT_VAST;                    // brc-004
        bio.registratiedatum = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            bios.persist(bio);
            em.flush();
        } catch (PersistenceException e) {
            if (String.valueOf(BesluitService.rootMessage(e)).contains("besluitinformatieobject_uniek")) {
                throw ZgwException.invalid(List.of(UniekeRelatie.fout()));
            }
            throw e;
        }
        record(bio, "create", null, representation.render(bio));
        String besluitUrl = besluitRepresentation.url(besluit);
        sync.plan(Objectinformatieobjecten.AANMAKEN,                         // brc-005
                Objectinformatieobjecten.sleutel(bio.informatieobject, besluitUrl),
                Objectinformatieobjecten.gegevens(bio.informatieobject, besluitUrl));
        return bio;
    }

    /** Removes the relation here and, after commit, its objectinformatieobject in the Documenten API (brc-009). */
    @Transactional
    public void delete(UUID uuid) {
        BesluitInformatieObject bio = require(uuid, Scopes.Brc.VERWIJDEREN);
        ObjectNode oud = representation.render(bio);
        String besluitUrl = besluitRepresentation.url(bio.besluit);
        sync.plan(Objectinformatieobjecten.VERWIJDEREN,
                Objectinformatieobjecten.sleutel(bio.informatieobject, besluitUrl),
                Objectinformatieobjecten.gegevens(bio.informatieobject, besluitUrl));
        record(bio, "destroy", oud, null);
        bios.delete(bio);
    }

    private void record(BesluitInformatieObject bio, String actie, ObjectNode oud, ObjectNode nieuw) {
        Besluit besluit = bio.besluit;
        wijzigingen.record(Wijziging.op(BesluitService.KANAAL, actie)
                .resource("besluitinformatieobject", representation.url(bio))
                .hoofdObject(besluitRepresentation.url(besluit), besluitRepresentation.render(besluit))
                .oud(oud).nieuw(nieuw).audit(bio.informatieobject));
    }
}
