package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakInformatieObjectRepresentation;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.client.Documenten;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakInformatieObject;
import nl.zgw.zaken.domain.rules.InformatieobjecttypeVanZaaktype;
import nl.zgw.zaken.domain.rules.UniekeRelatie;
import nl.zgw.zaken.domain.rules.ZaakRegels;
import nl.zgw.zaken.domain.rules.ZaakNogTeArchiveren;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * /zaakinformatieobjecten: a document of the Documenten API related to a zaak (zrc-003, zrc-004, zrc-017, zrc-007),
 * mirrored there as an objectinformatieobject after commit (zrc-005, {@link ZaakSpiegels}). Notified on create only
 * (as the reference implementation and Open Zaak), audited on every write.
 */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class ZaakInformatieObjectService {

    public static final String RESOURCE = "zaakinformatieobject";
    static final String[] AANMAKEN = {Scopes.Zrc.AANMAKEN, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN};
    static final String[] BIJWERKEN = {Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN};
    static final String[] VERWIJDEREN = {Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN,
            Scopes.Zrc.VERWIJDEREN};

    private final ZaakInformatieObjectRepository relaties;
    private final ZaakRelaties zaken;
    private final Documenten documenten;
    private final Catalogi catalogi;
    private final ZaakSpiegels spiegels;
    private final ZaakWijzigingen wijzigingen;
    private final ZaakInformatieObjectRepresentation representation;
    private final ListQueries lists;

    public ZaakInformatieObjectService(ZaakInformatieObjectRepository relaties, ZaakRelaties zaken,
                                       Documenten documenten, Catalogi catalogi, ZaakSpiegels spiegels,
                                       ZaakWijzigingen wijzigingen, ZaakInformatieObjectRepresentation representation,
                                       ListQueries lists) {
        this.relaties = relaties;
        this.zaken = zaken;
        this.documenten = documenten;
        this.catalogi = catalogi;
        this.spiegels = spiegels;
        this.wijzigingen = wijzigingen;
        this.representation = representation;
        this.lists = lists;
    }

    /** The relations the caller may see (zrc-006 on their zaak, in SQL), oldest first. */
    public List<ZaakInformatieObject> list(Selection selection) {
        ListQuery<ZaakInformatieObject> query = ListQuery.of(ZaakInformatieObject.class, "e")
                .join("join e.zaak z").fetch("join fetch e.zaak z")
                .where(zaken.toegang().zichtbaar(selection.where(), "z", Scopes.Zrc.LEZEN))
                .orderBy(selection.order());
        return lists.all(query);
    }

    public ZaakInformatieObject get(UUID uuid) {
        ZaakInformatieObject zio = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.toegang().require(zio.zaak, Scopes.Zrc.LEZEN);
        return zio;
    }

    /** The relation as it is before a PUT/PATCH, for the caller allowed to change it. */
    public ZaakInformatieObject voorWijziging(UUID uuid) {
        ZaakInformatieObject zio = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.magEenVan(zio.zaak, BIJWERKEN);
        return zio;
    }

    @Transactional
    public ZaakInformatieObject create(ZaakInformatieObjectOpdracht opdracht) {
        ValidationErrors errors = new ValidationErrors();
        Zaak zaak = zaken.referentie("zaak", opdracht.zaak(), errors, AANMAKEN);
        if (zaak != null) {
            zaken.toegang().wijzigbaar(zaak);                                   // zrc-007
        }
        Documenten.Informatieobject[] document = new Documenten.Informatieobject[1];
        errors.run(() -> document[0] = documenten.informatieobject("informatieobject", opdracht.informatieobject()));
        status(opdracht.status(), errors);
        if (zaak != null) {
            ZaakNogTeArchiveren.check(zaak).ifPresent(errors::add);
            UniekeRelatie.check(relaties.exists(zaak, opdracht.informatieobject(), null), "informatieobject")
                    .ifPresent(errors::add);
            if (document[0] != null) {
                hoortBijZaaktype(zaak, document[0], errors);
            }
        }
        errors.throwIfAny();

        ZaakInformatieObject zio = new ZaakInformatieObject();
        zio.uuid = UUID.randomUUID();
        zio.zaak = zaak;
        zio.informatieobject = opdracht.informatieobject();
        zio.registratiedatum = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);   // zrc-004
        vul(zio, opdracht);
        relaties.persist(zio);
        String zaakUrl = wijzigingen.url(zaak);
        spiegels.gekoppeld(zio, zaakUrl);                                         // zrc-005, after commit
        wijzigingen.record(zaak, RESOURCE, representation.url(zio.uuid), "create", null, representation.render(zio),
                weergave(zio));
        return zio;
    }

    /** PUT ({@code actie} update) or a PATCH merged into a full body ({@code partial_update}). */
    @Transactional
    public ZaakInformatieObject update(UUID uuid, ZaakInformatieObjectOpdracht opdracht, String actie) {
        ZaakInformatieObject zio = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.magEenVan(zio.zaak, BIJWERKEN);
        zaken.toegang().wijzigbaar(zio.zaak);                                   // zrc-007
        ValidationErrors errors = new ValidationErrors();
        String gevraagdeZaak = ZaakToegang.uuidOf(opdracht.zaak()).map(UUID::toString).orElse(opdracht.zaak());
        ZaakRegels.onveranderlijk("zaak", zio.zaak.uuid.toString(), gevraagdeZaak).ifPresent(errors::add);
        ZaakRegels.onveranderlijk("informatieobject", zio.informatieobject, opdracht.informatieobject())
                .ifPresent(errors::add);
        status(opdracht.status(), errors);
        ZaakNogTeArchiveren.check(zio.zaak).ifPresent(errors::add);
        errors.throwIfAny();

        ObjectNode oud = representation.render(zio);
        vul(zio, opdracht);
        wijzigingen.record(zio.zaak, Wijziging.op(null, actie).resource(RESOURCE, representation.url(zio.uuid))
                .oud(oud).nieuw(representation.render(zio)).audit(weergave(zio)));
        return zio;
    }

    @Transactional
    public void delete(UUID uuid) {
        ZaakInformatieObject zio = relaties.byUuid(uuid).orElseThrow(ZgwException::notFound);
        zaken.magEenVan(zio.zaak, VERWIJDEREN);
        zaken.toegang().wijzigbaar(zio.zaak);                                   // zrc-007
        ObjectNode oud = representation.render(zio);
        spiegels.ontkoppeld(zio, wijzigingen.url(zio.zaak));                      // zrc-005, after commit
        relaties.delete(zio);
        wijzigingen.record(zio.zaak, Wijziging.op(null, "destroy").resource(RESOURCE, representation.url(zio.uuid))
                .oud(oud).audit(weergave(zio)));
    }

    private static void vul(ZaakInformatieObject zio, ZaakInformatieObjectOpdracht opdracht) {
        zio.titel = opdracht.titel();
        zio.beschrijving = opdracht.beschrijving();
        zio.vernietigingsdatum = opdracht.vernietigingsdatum();
        zio.status = opdracht.status();
    }

    /** A status is one of this API's statussen. */
    private static void status(String status, ValidationErrors errors) {
        if (status != null && ZaakRelaties.statusUuid(status).isEmpty()) {
            errors.add("status", ZaakToegang.NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
        }
    }

    /** zrc-017, with the zaak's zaaktype from the Catalogi API (cached). */
    private void hoortBijZaaktype(Zaak zaak, Documenten.Informatieobject document, ValidationErrors errors) {
        try {
            InformatieobjecttypeVanZaaktype.check(document.informatieobjecttype(),
                    catalogi.zaaktypeVanZaak(zaak.zaaktype).informatieobjecttypen()).ifPresent(errors::add);
        } catch (ReferenceException e) {
            errors.add(e.asInvalidParam("nonFieldErrors"));
        }
    }

    private static String weergave(ZaakInformatieObject zio) {
        String w = zio.zaak.identificatie + " - " + zio.informatieobject;
        return w.length() > 200 ? w.substring(0, 200) : w;
    }
}
