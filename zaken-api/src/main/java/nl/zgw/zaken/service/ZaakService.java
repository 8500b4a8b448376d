package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import nl.zgw.common.sync.SynchronisatiesVoorAntwoord;
import nl.zgw.common.audit.AuditTrail;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.common.refs.ResourceType;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.validation.ValidationErrors;
import nl.zgw.zaken.api.ZaakRepresentation;
import nl.zgw.zaken.api.ZaakRequest;
import nl.zgw.zaken.client.Catalogi;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.config.ZakenKanaal;
import nl.zgw.zaken.domain.Geometrie;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.rules.ZaakRegels;
import nl.zgw.zaken.persistence.ZaakIdentificaties;
import nl.zgw.zaken.persistence.ZaakRepository;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** The zaak use cases: create, update, partial update, delete, reserve identificaties (zrc-001 ... zrc-023). */
@ApplicationScoped
@SynchronisatiesVoorAntwoord   // the other API's mirror exists when the client gets its answer
public class ZaakService {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Another zaak of some API (zrc-011), as the reference validator checks its shape. */
    public record ZaakView(String url, String zaaktype, String bronorganisatie) {
    }

    static final ResourceType<ZaakView> ZAAK = ResourceType.of("zaak", "zaken", ZaakView.class, "url", "zaaktype");
    static final ResourceType<JsonNode> COMMUNICATIEKANAAL = ResourceType.ofShape("communicatiekanaal",
            JsonNode.class, "url", "naam", "omschrijving");

    private final ZaakRepository zaken;
    private final ZaakIdentificaties identificaties;
    private final ZaakToegang toegang;
    private final Autorisaties autorisaties;
    private final Catalogi catalogi;
    private final ReferenceValidator references;
    private final ZaakRepresentation representation;
    private final Wijzigingen wijzigingen;
    private final AuditTrail auditTrail;
    private final PatchMerger patches;
    private final ObjectMapper mapper;
    private final Instance<ZaakVerwijdering> verwijderingen;
    private final Instance<ZaakDocumentenArchief> archief;

    public ZaakService(ZaakRepository zaken, ZaakIdentificaties identificaties, ZaakToegang toegang,
                       Autorisaties autorisaties, Catalogi catalogi, ReferenceValidator references,
                       ZaakRepresentation representation, Wijzigingen wijzigingen, AuditTrail auditTrail,
                       PatchMerger patches, ObjectMapper mapper, Instance<ZaakVerwijdering> verwijderingen,
                       Instance<ZaakDocumentenArchief> archief) {
        this.zaken = zaken;
        this.identificaties = identificaties;
        this.toegang = toegang;
        this.autorisaties = autorisaties;
        this.catalogi = catalogi;
        this.references = references;
        this.representation = representation;
        this.wijzigingen = wijzigingen;
        this.auditTrail = auditTrail;
        this.patches = patches;
        this.mapper = mapper;
        this.verwijderingen = verwijderingen;
        this.archief = archief;
    }

    /** The new zaak as the API answers it (its representation, also recorded for audit and notification). */
    @Transactional
    public ObjectNode create(ZaakRequest body) {
        Zaak zaak = new Zaak();
        zaak.uuid = UUID.randomUUID();
        write(zaak, body, null);
        if (zaak.identificatie == null) {
            zaak.identificatie = identificaties.volgende(zaak.bronorganisatie, zaak.registratiedatum.getYear());
        }
        zaken.persist(zaak);
        ObjectNode nieuw = representation.renderNieuw(zaak);
        record(zaak, "create", null, nieuw);
        return nieuw;
    }

    @Transactional
    public Zaak update(UUID uuid, ZaakRequest body) {
        Zaak zaak = teWijzigen(uuid);
        ObjectNode oud = representation.render(zaak);
        write(zaak, body, oud);
        record(zaak, "update", oud);
        return zaak;
    }

    @Transactional
    public Zaak patch(UUID uuid, JsonNode patch) {
        Zaak zaak = teWijzigen(uuid);
        ObjectNode oud = representation.render(zaak);
        ZaakRequest merged = patches.merge(request(oud, patch), patch, ZaakRequest.class);
        write(zaak, merged, oud);
        record(zaak, "partial_update", oud);
        return zaak;
    }

    @Transactional
    public void delete(UUID uuid) {
        Zaak zaak = toegang.zaak(uuid, Scopes.Zrc.VERWIJDEREN);
        toegang.wijzigbaar(zaak);
        List<Zaak> deelzaken = zaken.list("hoofdzaak", zaak);
        List<Zaak> weg = new ArrayList<>(deelzaken);
        weg.add(zaak);
        List<ObjectNode> oud = representation.render(weg);
        for (Zaak z : weg) {
            for (ZaakVerwijdering v : verwijderingen) {
                v.voorVerwijderen(z);
            }
        }
        for (int i = 0; i < weg.size(); i++) {
            Zaak z = weg.get(i);
            String url = representation.url(z.uuid);
            auditTrail.deleteForHoofdObject(url);
            // the notification only: the audit trail goes with the zaak (standard §1.7)
            wijzigingen.record(Wijziging.op(ZakenKanaal.NAAM, "destroy").resource("zaak", url).oud(oud.get(i)));
        }
        zaken.getEntityManager().flush();
        // one statement; ON DELETE CASCADE takes the deelzaken and the sub-resources' rows
        zaken.getEntityManager().createNativeQuery("DELETE FROM zaak WHERE id = ?1").setParameter(1, zaak.id)
                .executeUpdate();
        zaken.getEntityManager().clear();
    }

    /** POST /zaaknummer_reserveren: {@code aantal} new identificaties of {@code bronorganisatie}, this year. */
    @Transactional
    public List<String> reserveer(String bronorganisatie, int aantal) {
        return identificaties.reserveer(bronorganisatie, LocalDate.now(AMSTERDAM).getYear(), aantal);
    }

    /** The zaak to change: 404, 403 without bijwerken/geforceerd-bijwerken, 403 when closed (zrc-007/008). */
    private Zaak teWijzigen(UUID uuid) {
        Zaak zaak = toegang.zaak(uuid, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN);
        toegang.wijzigbaar(zaak);
        return zaak;
    }

    /** The current state in the shape of the request, for PATCH (only writable fields). */
    private ZaakRequest request(ObjectNode current, JsonNode patch) {
        ObjectNode shape = current.deepCopy();
        shape.remove(List.of("url", "uuid", "einddatum", "betalingsindicatieWeergave", "deelzaken", "eigenschappen",
                "rollen", "status", "zaakinformatieobjecten", "zaakobjecten", "resultaat"));
        // unset groups are sent back as absent (zrc-012), not as their empty structure
        if (current.path("verlenging").path("duur").isNull()) {
            shape.putNull("verlenging");
        }
        if (!current.path("opschorting").path("indicatie").asBoolean() && current.path("opschorting").path("reden")
                .asText().isEmpty()) {
            shape.putNull("opschorting");
        }
        if (current.path("processobject").path("identificatie").asText().isEmpty()) {
            shape.putNull("processobject");
        }
        // zrc-014: a change to nvt clears laatsteBetaaldatum unless the patch sets it itself
        if (patch != null && patch.isObject() && "nvt".equals(patch.path("betalingsindicatie").asText(null))
                && !patch.has("laatsteBetaaldatum") && !patch.has("laatste_betaaldatum")) {
            shape.putNull("laatsteBetaaldatum");
        }
        try {
            return mapper.treeToValue(shape, ZaakRequest.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored zaak does not read as a request", e);
        }
    }

    /** Checks every rule of the body against the zaak (new: {@code oud} null), then copies it over. */
    private void write(Zaak zaak, ZaakRequest body, ObjectNode oud) {
        boolean nieuw = oud == null;
        ValidationErrors errors = new ValidationErrors();
        AtomicReference<Catalogi.Zaaktype> zaaktype = new AtomicReference<>();
        errors.run(() -> zaaktype.set(catalogi.zaaktype("zaaktype", body.zaaktype())));

        // zrc-002: identificatie unique within the bronorganisatie, immutable afterwards
        if (nieuw) {
            if (body.identificatie() != null && !body.identificatie().isEmpty()) {
                identificaties.vergrendel(body.bronorganisatie(), body.identificatie());
                if (zaken.exists(body.bronorganisatie(), body.identificatie())) {
                    errors.add("identificatie", ZaakRegels.IDENTIFICATIE_NIET_UNIEK,
                            "Deze identificatie (" + body.identificatie() + ") bestaat al voor deze bronorganisatie");
                }
            }
        } else {
            ZaakRegels.onveranderlijk("identificatie", zaak.identificatie, body.identificatie())
                    .ifPresent(errors::add);
            ZaakRegels.onveranderlijk("bronorganisatie", zaak.bronorganisatie, body.bronorganisatie())
                    .ifPresent(errors::add);
        }

        // zrc-013: hoofdzaak a zaak of this API, no deelzaak itself, not the zaak itself
        Zaak hoofdzaak = null;
        if (body.hoofdzaak() != null && !body.hoofdzaak().isEmpty()) {
            hoofdzaak = toegang.vind(body.hoofdzaak()).orElse(null);
            if (ZaakToegang.uuidOf(body.hoofdzaak()).isEmpty()) {
                errors.add("hoofdzaak", ZaakToegang.NO_MATCH, "Ongeldige hyperlink - Geen URL match.");
            } else if (hoofdzaak == null) {
                errors.add("hoofdzaak", ZaakToegang.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
            } else {
                ZaakRegels.hoofdzaak(zaak, hoofdzaak).ifPresent(errors::add);
            }
        }
        if (!nieuw && hoofdzaak != null && zaken.count("hoofdzaak", zaak) > 0) {
            errors.add("hoofdzaak", ZaakRegels.DEELZAAK_ALS_HOOFDZAAK,
                    "Een zaak met deelzaken kan geen deelzaak worden.");
        }

        // zrc-011: relevanteAndereZaken resolve (a zaak of this API, or a zaak of another Zaken API)
        List<ZaakRequest.RelevanteZaak> relevant = body.relevanteAndereZaken() == null ? List.of()
                : body.relevanteAndereZaken();
        for (int i = 0; i < relevant.size(); i++) {
            String url = relevant.get(i).url();
            // the entry's url, as Open Zaak and the standard's test collection name it; then the entry (zrc-011)
            String field = "relevanteAndereZaken." + i + ".url";
            String entry = "relevanteAndereZaken." + i;
            ValidationErrors forUrl = new ValidationErrors();
            if (ZaakToegang.uuidOf(url).isPresent() && isOwn(url)) {
                if (toegang.vind(url).isEmpty()) {
                    forUrl.add(field, ZaakToegang.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.");
                }
            } else {
                forUrl.run(() -> references.require(field, url, ZAAK));
            }
            for (InvalidParam p : forUrl.list()) {
                errors.add(p);
                errors.add(new InvalidParam(entry, p.code(), p.reason()));
            }
        }

        // zrc-010: communicatiekanaal in the Referentielijsten API
        if (body.communicatiekanaal() != null && !body.communicatiekanaal().isEmpty()) {
            errors.run(() -> references.require("communicatiekanaal", body.communicatiekanaal(), COMMUNICATIEKANAAL));
        }

        // zrc-014 betaling
        ZaakRegels.betaling(body.betalingsindicatie(), body.laatsteBetaaldatum(), OffsetDateTime.now())
                .forEach(errors::add);

        // zrc-015 productenOfDiensten within the zaaktype's
        if (zaaktype.get() != null) {
            ZaakRegels.productenOfDiensten(body.productenOfDiensten(), zaaktype.get().productenOfDiensten())
                    .ifPresent(errors::add);
        }

        // zaakgeometrie: a GeoJSON geometry
        Geometry geometrie = null;
        if (body.zaakgeometrie() != null && !body.zaakgeometrie().isNull()) {
            geometrie = Geometrie.lees(body.zaakgeometrie()).orElse(null);
            if (geometrie == null) {
                errors.add("zaakgeometrie", "invalid", "Ongeldige geometrie (GeoJSON).");
            }
        }

        // zrc-022 archiefstatus
        String archiefstatus = body.archiefstatus() == null ? "nog_te_archiveren" : body.archiefstatus();
        ZaakRegels.archiefstatus(archiefstatus, body.archiefnominatie(), body.archiefactiedatum(),
                () -> nieuw || archief.stream().allMatch(a -> a.alleGearchiveerd(zaak))).forEach(errors::add);

        errors.throwIfAny();

        // zrc-009: the zaaktype's level when none is given; the caller must be authorised for what it writes
        String level = body.vertrouwelijkheidaanduiding() != null && !body.vertrouwelijkheidaanduiding().isEmpty()
                ? body.vertrouwelijkheidaanduiding() : zaaktype.get().vertrouwelijkheidaanduiding();
        if (level == null || level.isEmpty()) {
            level = Vertrouwelijkheidaanduiding.OPENBAAR.value();
        }
        String scope = nieuw ? Scopes.Zrc.AANMAKEN : null;
        if (nieuw) {
            autorisaties.require(scope, body.zaaktype(), Vertrouwelijkheidaanduiding.of(level));
        } else if (!autorisaties.mayAccess(Scopes.Zrc.BIJWERKEN, body.zaaktype(), Vertrouwelijkheidaanduiding.of(level))
                && !autorisaties.mayAccess(Scopes.Zrc.GEFORCEERD_BIJWERKEN, body.zaaktype(),
                Vertrouwelijkheidaanduiding.of(level))) {
            throw ZgwException.permissionDenied();
        }

        if (nieuw) {
            zaak.identificatie = body.identificatie() == null || body.identificatie().isEmpty() ? null
                    : body.identificatie();
            zaak.bronorganisatie = body.bronorganisatie();
        }
        zaak.omschrijving = orEmpty(body.omschrijving());
        zaak.toelichting = orEmpty(body.toelichting());
        zaak.zaaktype = body.zaaktype();
        zaak.zaaktypeUuid = ZaakRegels.trailingUuid(body.zaaktype());
        zaak.registratiedatum = body.registratiedatum() != null ? body.registratiedatum()
                : zaak.registratiedatum != null ? zaak.registratiedatum : LocalDate.now(AMSTERDAM);
        zaak.verantwoordelijkeOrganisatie = body.verantwoordelijkeOrganisatie();
        zaak.startdatum = body.startdatum();
        zaak.einddatumGepland = body.einddatumGepland();
        zaak.uiterlijkeEinddatumAfdoening = body.uiterlijkeEinddatumAfdoening();
        zaak.publicatiedatum = body.publicatiedatum();
        zaak.communicatiekanaal = orEmpty(body.communicatiekanaal());
        zaak.productenOfDiensten = mapper.valueToTree(body.productenOfDiensten() == null ? List.of()
                : body.productenOfDiensten());
        zaak.vertrouwelijkheidaanduiding = level;
        zaak.betalingsindicatie = orEmpty(body.betalingsindicatie());
        zaak.laatsteBetaaldatum = body.laatsteBetaaldatum();
        zaak.zaakgeometrie = geometrie == null ? null : body.zaakgeometrie();
        if (geometrie == null) {
            zaak.geoMinX = zaak.geoMinY = zaak.geoMaxX = zaak.geoMaxY = null;
        } else {
            Envelope box = Geometrie.omhullende(geometrie);
            zaak.geoMinX = box.getMinX();
            zaak.geoMinY = box.getMinY();
            zaak.geoMaxX = box.getMaxX();
            zaak.geoMaxY = box.getMaxY();
        }
        zaak.verlenging = body.verlenging() == null ? null : mapper.valueToTree(body.verlenging());
        zaak.opschorting = body.opschorting() == null ? null : mapper.valueToTree(body.opschorting());
        zaak.selectielijstklasse = orEmpty(body.selectielijstklasse());
        zaak.hoofdzaak = hoofdzaak;
        ArrayNode rel = mapper.createArrayNode();
        relevant.forEach(r -> rel.addObject().put("url", r.url()).put("aardRelatie", r.aardRelatie()));
        zaak.relevanteAndereZaken = rel;
        ArrayNode kenmerken = mapper.createArrayNode();
        if (body.kenmerken() != null) {
            body.kenmerken().forEach(k -> kenmerken.addObject().put("kenmerk", k.kenmerk()).put("bron", k.bron()));
        }
        zaak.kenmerken = kenmerken;
        zaak.archiefnominatie = orEmpty(body.archiefnominatie());
        zaak.archiefstatus = archiefstatus;
        zaak.archiefactiedatum = body.archiefactiedatum();
        zaak.opdrachtgevendeOrganisatie = orEmpty(body.opdrachtgevendeOrganisatie());
        zaak.processobjectaard = body.processobjectaard();
        zaak.startdatumBewaartermijn = body.startdatumBewaartermijn();
        zaak.processobject = body.processobject() == null ? null : mapper.valueToTree(body.processobject());
    }

    private boolean isOwn(String url) {
        return url.contains(ZakenApi.ROOT + "/" + ZakenApi.ZAKEN + "/");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void record(Zaak zaak, String actie, ObjectNode oud) {
        zaken.getEntityManager().flush();
        record(zaak, actie, oud, representation.render(zaak));
    }

    private void record(Zaak zaak, String actie, ObjectNode oud, ObjectNode nieuw) {
        wijzigingen.record(Wijziging.op(ZakenKanaal.NAAM, actie).resource("zaak", representation.url(zaak.uuid))
                .oud(oud).nieuw(nieuw).audit(zaak.identificatie));
    }

    /** For rules elsewhere: the list of invalid params of one optional check. */
    static List<InvalidParam> of(Optional<InvalidParam> p) {
        return p.map(List::of).orElse(List.of());
    }
}
