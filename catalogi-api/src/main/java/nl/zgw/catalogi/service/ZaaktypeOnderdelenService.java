package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.client.Selectielijst;
import nl.zgw.catalogi.api.*;
import nl.zgw.catalogi.persistence.*;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.domain.rules.BrondatumArchiefprocedureRules;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.ProcestypeMismatch;
import nl.zgw.catalogi.domain.rules.SameZaaktype;
import nl.zgw.catalogi.domain.rules.Ztc010PublishedZaaktype;
import nl.zgw.catalogi.domain.rules.Ztc015EigenschapDatum;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.*;

import static nl.zgw.catalogi.domain.Collecties.*;

/**
 * The types that belong to one zaaktype version: statustypen, roltypen, eigenschappen, resultaattypen,
 * zaaktype-informatieobjecttypen and zaakobjecttypen. ztc-010 guards them once the zaaktype is published; their
 * changes are notified on kanaal {@code zaaktypen} with the zaaktype as hoofdObject.
 */
@ApplicationScoped
public class ZaaktypeOnderdelenService {

    private final CatalogusWrites w;
    private final RelationNames names;
    private final Selectielijst selectielijst;
    private final CatalogiRepositories repositories;
    private final StatustypeRepository statustypen;
    private final EigenschapRepository eigenschappen;
    private final BesluittypeRepository besluittypen;
    private final InformatieobjecttypeRepository informatieobjecttypen;

    public ZaaktypeOnderdelenService(CatalogusWrites w, RelationNames names, Selectielijst selectielijst,
                                     CatalogiRepositories repositories, StatustypeRepository statustypen,
                                     EigenschapRepository eigenschappen, BesluittypeRepository besluittypen,
                                     InformatieobjecttypeRepository informatieobjecttypen) {
        this.w = w;
        this.names = names;
        this.selectielijst = selectielijst;
        this.repositories = repositories;
        this.statustypen = statustypen;
        this.eigenschappen = eigenschappen;
        this.besluittypen = besluittypen;
        this.informatieobjecttypen = informatieobjecttypen;
    }

    // ------------------------------------------------------------------ statustype

    @Transactional
    public Statustype saveStatustype(UUID uuid, StatustypeRequest r) {
        Statustype s = uuid == null ? new Statustype() : w.found(Statustype.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), s.zaaktype, r.beginGeldigheid());
        List<Eigenschap> eigenschappen = new ArrayList<>();
        List<String> urls = r.eigenschappen() == null ? List.of() : r.eigenschappen();
        for (int i = 0; i < urls.size(); i++) {
            eigenschappen.add(w.referenced(Eigenschap.class, "eigenschappen", urls.get(i), "eigenschappen." + i));
        }
        List<InvalidParam> errors = new ArrayList<>();
        uniqueInZaaktype(Statustype.class, "volgnummer", r.volgnummer(), z, s.id).ifPresent(errors::add);
        if (!z.concept) {
            Integer highest = statustypen.hoogsteVolgnummer(z.id, s.id);
            if (s.id == null) {
                errors.addAll(Correctie.check().atTheEnd("volgnummer", r.volgnummer(), highest).errors());
            } else {
                errors.addAll(Correctie.check().same("volgnummer", s.volgnummer, r.volgnummer())
                        .onlyAdded("eigenschappen", eigenschapUrls(s),
                                r.eigenschappen() == null ? eigenschapUrls(s) : r.eigenschappen()).errors());
            }
        }
        for (int i = 0; i < eigenschappen.size(); i++) {
            SameZaaktype.check(z.id, eigenschappen.get(i).zaaktype.id, "eigenschappen." + i).ifPresent(errors::add);
        }
        throwIfAny(errors);
        s.zaaktype = z;
        s.volgnummer = r.volgnummer();
        s.data = w.document(r, "zaaktype", "volgnummer", "eigenschappen", "eindeGeldigheid");
        defaults(s.data, "checklistitemStatustype");
        stored(s, "statustype", STATUSTYPEN);
        if (r.eigenschappen() != null) {
            this.eigenschappen.ontkoppel(s);
            eigenschappen.forEach(e -> e.statustype = s);
        }
        return s;
    }

    @Transactional
    public Statustype patchStatustype(UUID uuid, JsonNode patch) {
        Statustype s = w.found(Statustype.class, uuid);
        ObjectNode view = s.data.deepCopy();
        view.put("zaaktype", w.url(ZAAKTYPEN, s.zaaktype.uuid));
        view.put("volgnummer", s.volgnummer);
        view.remove("eigenschappen");
        return saveStatustype(uuid, w.merge(view, patch, StatustypeRequest.class));
    }

    // ------------------------------------------------------------------ roltype

    @Transactional
    public Roltype saveRoltype(UUID uuid, RoltypeRequest r) {
        Roltype t = uuid == null ? new Roltype() : w.found(Roltype.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        throwIfAny(uniqueInZaaktype(Roltype.class, "omschrijving", r.omschrijving(), z, t.id).stream().toList());
        t.zaaktype = z;
        t.omschrijving = r.omschrijving();
        t.omschrijvingGeneriek = r.omschrijvingGeneriek();
        t.data = w.document(r, "zaaktype", "catalogus", "eindeGeldigheid");
        return stored(t, "roltype", ROLTYPEN);
    }

    @Transactional
    public Roltype patchRoltype(UUID uuid, JsonNode patch) {
        Roltype t = w.found(Roltype.class, uuid);
        return saveRoltype(uuid, w.merge(view(t.data, t.zaaktype), patch, RoltypeRequest.class));
    }

    // ------------------------------------------------------------------ eigenschap

    @Transactional
    public Eigenschap saveEigenschap(UUID uuid, EigenschapRequest r) {
        Eigenschap e = uuid == null ? new Eigenschap() : w.found(Eigenschap.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), e.zaaktype, r.beginGeldigheid());
        throwIfAny(Ztc015EigenschapDatum.check(r.specificatie().formaat(), r.specificatie().lengte(),
                r.specificatie().waardenverzameling()));
        List<InvalidParam> errors = new ArrayList<>();
        Statustype statustype = w.optionalReferenced(Statustype.class, STATUSTYPEN, r.statustype(),
                "statustype").orElse(null);
        uniqueInZaaktype(Eigenschap.class, "naam", r.naam(), z, e.id).ifPresent(errors::add);
        if (statustype != null) {
            SameZaaktype.check(z.id, statustype.zaaktype.id, "statustype").ifPresent(errors::add);
        }
        throwIfAny(errors);
        e.zaaktype = z;
        e.naam = r.naam();
        e.statustype = statustype;
        e.data = w.document(r, "zaaktype", "statustype", "eindeGeldigheid");
        return stored(e, "eigenschap", EIGENSCHAPPEN);
    }

    @Transactional
    public Eigenschap patchEigenschap(UUID uuid, JsonNode patch) {
        Eigenschap e = w.found(Eigenschap.class, uuid);
        ObjectNode view = view(e.data, e.zaaktype);
        view.put("statustype", e.statustype == null ? null : w.url(STATUSTYPEN, e.statustype.uuid));
        return saveEigenschap(uuid, w.merge(view, patch, EigenschapRequest.class));
    }

    // ------------------------------------------------------------------ resultaattype

    @Transactional
    public Resultaattype saveResultaattype(UUID uuid, ResultaattypeRequest r) {
        Resultaattype t = uuid == null ? new Resultaattype() : w.found(Resultaattype.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        // ztc-002: the Referentielijsten resources behind the URLs
        JsonNode omschrijving = selectielijst.resultaattypeomschrijving(r.resultaattypeomschrijving(),
                "resultaattypeomschrijving");
        JsonNode klasse = selectielijst.resultaat(r.selectielijstklasse(), "selectielijstklasse");
        List<InvalidParam> fieldErrors = new ArrayList<>();
        List<String> besluittypen = names.names(RelationNames.Type.BESLUITTYPE, z.catalogus.id, r.besluittypen(),
                "besluittypen", fieldErrors);
        List<String> iots = names.names(RelationNames.Type.INFORMATIEOBJECTTYPE, z.catalogus.id,
                r.informatieobjecttypen(), "informatieobjecttypen", fieldErrors);
        w.unknownNames(fieldErrors, this.besluittypen, z.catalogus.id, besluittypen, "besluittypen");
        w.unknownNames(fieldErrors, informatieobjecttypen, z.catalogus.id, iots, "informatieobjecttypen");
        throwIfAny(fieldErrors);
        // every rule reported; the brondatumArchiefprocedure ones first, as the reference lists them (clients and
        // the VNG collection read the first error)
        List<InvalidParam> errors = new ArrayList<>();
        if (r.brondatumArchiefprocedure() != null) {
            var b = r.brondatumArchiefprocedure();
            String procestermijn = klasse.path("procestermijn").isTextual() ? klasse.path("procestermijn").asText()
                    : null;
            errors.addAll(BrondatumArchiefprocedureRules.check(new BrondatumArchiefprocedureRules.Values(
                    b.afleidingswijze(), b.datumkenmerk(), b.einddatumBekend(), b.objecttype(), b.registratie(),
                    b.procestermijn()), procestermijn));
        }
        ProcestypeMismatch.check(klasse.path("procesType").asText(null), z.selectielijstProcestype)
                .ifPresent(errors::add);
        if (!z.concept && t.id != null) {
            errors.addAll(Correctie.check().onlyAdded("besluittypen", List.of(t.besluittypen), besluittypen)
                    .onlyAdded("informatieobjecttypen", List.of(t.informatieobjecttypen), iots).errors());
        }
        throwIfAny(errors);
        t.zaaktype = z;
        t.omschrijving = r.omschrijving();
        t.besluittypen = new LinkedHashSet<>(besluittypen).toArray(String[]::new);
        t.informatieobjecttypen = new LinkedHashSet<>(iots).toArray(String[]::new);
        ObjectNode doc = w.document(r, "zaaktype", "catalogus", "besluittypen", "informatieobjecttypen",
                "eindeGeldigheid");
        doc.put("omschrijvingGeneriek", omschrijving.path("omschrijving").asText(""));
        t.archiefnominatieAfgeleid = r.archiefnominatie() == null;
        t.archiefactietermijnAfgeleid = r.archiefactietermijn() == null;
        if (t.archiefnominatieAfgeleid) {
            doc.set("archiefnominatie", klasse.path("waardering"));
        }
        if (t.archiefactietermijnAfgeleid) {
            JsonNode bewaartermijn = klasse.path("bewaartermijn");
            doc.set("archiefactietermijn", bewaartermijn.isTextual() ? bewaartermijn : doc.nullNode());
        }
        t.data = doc;
        return stored(t, "resultaattype", RESULTAATTYPEN);
    }

    @Transactional
    public Resultaattype patchResultaattype(UUID uuid, JsonNode patch) {
        Resultaattype t = w.found(Resultaattype.class, uuid);
        ObjectNode view = view(t.data, t.zaaktype);
        view.remove("omschrijvingGeneriek");
        // ztc-002: values derived earlier are derived again (from a possibly new klasse) unless the patch sets them
        if (t.archiefnominatieAfgeleid) {
            view.remove("archiefnominatie");
        }
        if (t.archiefactietermijnAfgeleid) {
            view.remove("archiefactietermijn");
        }
        view.set("besluittypen", w.mapper().valueToTree(t.besluittypen));
        view.set("informatieobjecttypen", w.mapper().valueToTree(t.informatieobjecttypen));
        return saveResultaattype(uuid, w.merge(view, patch, ResultaattypeRequest.class));
    }

    // ------------------------------------------------------------------ zaaktype-informatieobjecttype

    @Transactional
    public ZaaktypeInformatieobjecttype saveZiot(UUID uuid, ZaaktypeInformatieobjecttypeRequest r) {
        ZaaktypeInformatieobjecttype t = uuid == null ? new ZaaktypeInformatieobjecttype()
                : w.found(ZaaktypeInformatieobjecttype.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, null);
        List<InvalidParam> fieldErrors = new ArrayList<>();
        String iot = names.name(RelationNames.Type.INFORMATIEOBJECTTYPE, z.catalogus.id, r.informatieobjecttype(),
                "informatieobjecttype", fieldErrors).orElse(null);
        throwIfAny(fieldErrors);
        if (w.knownNames(informatieobjecttypen, z.catalogus.id, List.of(iot), false).isEmpty()) {
            throw ZgwException.invalid("informatieobjecttype", "does_not_exist",
                    "Er is geen informatieobjecttype met deze omschrijving in de catalogus van het zaaktype.");
        }
        Statustype statustype = w.optionalReferenced(Statustype.class, STATUSTYPEN, r.statustype(),
                "statustype").orElse(null);
        List<InvalidParam> errors = new ArrayList<>();
        if (!z.concept && t.id != null) {
            errors.addAll(Correctie.check().same("informatieobjecttype", t.informatieobjecttype, iot).errors());
        }
        if (statustype != null) {
            SameZaaktype.check(z.id, statustype.zaaktype.id, "statustype").ifPresent(errors::add);
        }
        throwIfAny(errors);
        t.zaaktype = z;
        t.informatieobjecttype = iot;
        t.volgnummer = r.volgnummer();
        t.richting = r.richting();
        t.statustype = statustype;
        return stored(t, "zaaktypeinformatieobjecttype", ZIOT);
    }

    @Transactional
    public ZaaktypeInformatieobjecttype patchZiot(UUID uuid, JsonNode patch) {
        ZaaktypeInformatieobjecttype t = w.found(ZaaktypeInformatieobjecttype.class, uuid);
        ObjectNode view = w.mapper().createObjectNode();
        view.put("zaaktype", w.url(ZAAKTYPEN, t.zaaktype.uuid));
        view.put("informatieobjecttype", t.informatieobjecttype);
        view.put("volgnummer", t.volgnummer);
        view.put("richting", t.richting);
        view.put("statustype", t.statustype == null ? null : w.url(STATUSTYPEN, t.statustype.uuid));
        return saveZiot(uuid, w.merge(view, patch, ZaaktypeInformatieobjecttypeRequest.class));
    }

    // ------------------------------------------------------------------ zaakobjecttype

    @Transactional
    public Zaakobjecttype saveZaakobjecttype(UUID uuid, ZaakobjecttypeRequest r) {
        Zaakobjecttype t = uuid == null ? new Zaakobjecttype() : w.found(Zaakobjecttype.class, uuid);
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        t.zaaktype = z;
        t.anderObjecttype = r.anderObjecttype();
        t.objecttype = r.objecttype();
        t.relatieOmschrijving = r.relatieOmschrijving();
        t.data = w.document(r, "zaaktype", "catalogus", "eindeGeldigheid");
        return stored(t, "zaakobjecttype", ZAAKOBJECTTYPEN);
    }

    @Transactional
    public Zaakobjecttype patchZaakobjecttype(UUID uuid, JsonNode patch) {
        Zaakobjecttype t = w.found(Zaakobjecttype.class, uuid);
        ObjectNode view = view(t.data, t.zaaktype);
        view.put("catalogus", w.url("catalogussen", t.zaaktype.catalogus.uuid));
        return saveZaakobjecttype(uuid, w.merge(view, patch, ZaakobjecttypeRequest.class));
    }

    // ------------------------------------------------------------------ delete (all six)

    @Transactional
    public void delete(Class<? extends ZaaktypeOnderdeel> type, String collection, String resource, UUID uuid) {
        ZaaktypeOnderdeel entity = w.found(type, uuid);
        Ztc010PublishedZaaktype.checkDelete(entity.zaaktype.concept, w.geforceerdVerwijderen());
        notify(entity.zaaktype, resource, collection, uuid, "destroy");
        entity.delete();
    }

    // ------------------------------------------------------------------ shared

    /** The zaaktype of the request (ztc-010 for it and for the one the object had) and the beginGeldigheid rule. */
    private Zaaktype zaaktypeFor(String url, Zaaktype current, LocalDate beginGeldigheid) {
        Zaaktype z = w.zaaktype(url, "zaaktype");
        boolean forced = w.geforceerdSchrijven();
        Ztc010PublishedZaaktype.checkChange(z.concept, forced);
        if (current != null && !current.id.equals(z.id)) {
            Ztc010PublishedZaaktype.checkChange(current.concept, forced);
            if (!current.concept || !z.concept) {
                Correctie.check().notMoved(current.id, z.id).verify();
            }
        }
        if (beginGeldigheid != null && !beginGeldigheid.equals(z.beginGeldigheid)
                && !beginGeldigheid.toString().equals(z.data.path("versiedatum").asText())) {
            throw ZgwException.invalid("beginGeldigheid", "geldigheid-mismatch",
                    "beginGeldigheid moet gelijk zijn aan de beginGeldigheid of versiedatum van het zaaktype.");
        }
        return z;
    }

    private List<String> eigenschapUrls(Statustype s) {
        return eigenschappen.vanStatustypen(List.of(s.id)).getOrDefault(s.id, List.of()).stream()
                .map(u -> w.url(EIGENSCHAPPEN, u)).toList();
    }

    /** The deprecated {@code catalogus} of a part, when sent, is the zaaktype's. */
    private void sameCatalogus(String url, Zaaktype z) {
        if (url != null && !url.isBlank() && !w.catalogus(url, "catalogus").id.equals(z.catalogus.id)) {
            throw ZgwException.invalid("catalogus", "relations-incorrect-catalogus",
                    "De catalogus moet die van het zaaktype zijn.");
        }
    }

    /** {@code field} is unique among the parts of one zaaktype (§5.2): {@code unique} otherwise. */
    private Optional<InvalidParam> uniqueInZaaktype(Class<? extends ZaaktypeOnderdeel> type, String field,
                                                    Object value, Zaaktype z, Long self) {
        if (((OnderdeelRepository<?>) repositories.of(type)).bezet(z.id, field, value, self)) {
            return Optional.of(InvalidParam.nonField("unique",
                    "De velden zaaktype, " + field + " moeten een unieke set zijn."));
        }
        return Optional.empty();
    }

    private static void throwIfAny(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
    }

    private ObjectNode view(JsonNode data, Zaaktype z) {
        ObjectNode view = data.deepCopy();
        view.put("zaaktype", w.url(ZAAKTYPEN, z.uuid));
        return view;
    }

    private static void defaults(JsonNode data, String arrayField) {
        if (data.path(arrayField).isNull() || data.path(arrayField).isMissingNode()) {
            ((ObjectNode) data).putArray(arrayField);
        }
    }

    /** Persists a new part (with a fresh uuid) and notifies its create or update on kanaal zaaktypen. */
    private <T extends ZaaktypeOnderdeel> T stored(T t, String resource, String collection) {
        boolean created = t.id == null;
        if (created) {
            t.uuid = UUID.randomUUID();
            t.persist();
        }
        notify(t.zaaktype, resource, collection, t.uuid, created ? "create" : "update");
        return t;
    }

    private void notify(Zaaktype z, String resource, String collection, UUID uuid, String actie) {
        String hoofdObject = w.url(ZaaktypeService.KANAAL, z.uuid);
        w.notify(ZaaktypeService.KANAAL, hoofdObject, resource, w.url(collection, uuid), actie, z.catalogus);
    }
}
