package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.api.InformatieobjecttypeRequest;
import nl.zgw.catalogi.domain.Informatieobjecttype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.Versions;
import nl.zgw.catalogi.domain.rules.Ztc009PublishedType;
import nl.zgw.catalogi.domain.rules.Ztc016NoOverlap;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The lifecycle of an INFORMATIEOBJECTTYPE version (versions share omschrijving within a catalogus). */
@ApplicationScoped
public class InformatieobjecttypeService {

    public static final String KANAAL = "informatieobjecttypen";

    private final CatalogusWrites w;

    public InformatieobjecttypeService(CatalogusWrites w) {
        this.w = w;
    }

    @Transactional
    public Informatieobjecttype create(InformatieobjecttypeRequest r) {
        Informatieobjecttype t = new Informatieobjecttype();
        t.uuid = UUID.randomUUID();
        t.concept = true;
        apply(t, r);
        t.persist();
        notify(t, "create");
        return t;
    }

    @Transactional
    public Informatieobjecttype update(UUID uuid, InformatieobjecttypeRequest r) {
        Informatieobjecttype t = w.found(Informatieobjecttype.class, uuid);
        Ztc009PublishedType.checkChange(t.concept, false, w.geforceerdSchrijven());
        apply(t, r);
        notify(t, "update");
        return t;
    }

    @Transactional
    public Informatieobjecttype patch(UUID uuid, JsonNode patch) {
        Informatieobjecttype t = w.found(Informatieobjecttype.class, uuid);
        Ztc009PublishedType.checkChange(t.concept, Patches.onlyEindeGeldigheid(patch), w.geforceerdSchrijven());
        ObjectNode view = t.data.deepCopy();
        view.put("catalogus", w.url("catalogussen", t.catalogus.uuid));
        view.put("beginGeldigheid", t.beginGeldigheid.toString());
        view.put("eindeGeldigheid", t.eindeGeldigheid == null ? null : t.eindeGeldigheid.toString());
        apply(t, w.merge(view, patch, InformatieobjecttypeRequest.class));
        notify(t, "partial_update");
        return t;
    }

    @Transactional
    public Informatieobjecttype delete(UUID uuid) {
        Informatieobjecttype t = w.found(Informatieobjecttype.class, uuid);
        Ztc009PublishedType.checkDelete(t.concept, w.geforceerdVerwijderen());
        notify(t, "destroy");
        t.delete();
        return t;
    }

    @Transactional
    public Informatieobjecttype publish(UUID uuid) {
        Informatieobjecttype t = w.found(Informatieobjecttype.class, uuid);
        w.lockVersions(t.catalogus);
        w.queries().em().refresh(t);
        if (!t.concept) {
            return t;
        }
        for (Informatieobjecttype other : w.queries().versionsOf(Informatieobjecttype.class, t.catalogus,
                t.omschrijving, t.id)) {
            LocalDate end = other.concept ? null
                    : Versions.endOfPredecessor(other.beginGeldigheid, other.eindeGeldigheid, t.beginGeldigheid);
            if (end != null) {
                other.eindeGeldigheid = end;
                notify(other, "partial_update");
            }
            if (!other.concept && Ztc016NoOverlap.overlaps(t.beginGeldigheid, t.eindeGeldigheid,
                    other.beginGeldigheid, other.eindeGeldigheid)) {
                throw Ztc016NoOverlap.violation(t.omschrijving);
            }
        }
        t.concept = false;
        notify(t, "publish");
        return t;
    }

    private void apply(Informatieobjecttype t, InformatieobjecttypeRequest r) {
        var catalogus = w.catalogus(r.catalogus(), "catalogus");
        w.lockVersions(catalogus);
        if (!Versions.ordered(r.beginGeldigheid(), r.eindeGeldigheid())) {
            throw ZgwException.invalid("eindeGeldigheid", "date-mismatch",
                    "eindeGeldigheid mag niet voor beginGeldigheid liggen.");
        }
        if (t.concept && w.queries().count("select count(e) from Informatieobjecttype e where e.catalogus.id = :c"
                + " and e.omschrijving = :o and e.concept = true and e.uuid <> :u",
                Map.of("c", catalogus.id, "o", r.omschrijving(), "u", t.uuid)) > 0) {
            throw ZgwException.invalid("omschrijving", "unique",
                    "Er bestaat al een concept-versie van dit informatieobjecttype in deze catalogus.");
        }
        if (!t.concept) {
            Correctie.check().same("omschrijving", t.omschrijving, r.omschrijving() == null ? "" : r.omschrijving())
                    .same("catalogus", t.catalogus.id, catalogus.id)
                    .same("beginGeldigheid", t.beginGeldigheid, r.beginGeldigheid())
                    .onlyAdded("trefwoord", trefwoord(t.data), r.trefwoord() == null ? List.of() : r.trefwoord())
                    .verify();
        }
        t.catalogus = catalogus;
        t.omschrijving = r.omschrijving();
        t.beginGeldigheid = r.beginGeldigheid();
        t.eindeGeldigheid = r.eindeGeldigheid();
        ObjectNode doc = w.document(r, "catalogus", "beginGeldigheid", "eindeGeldigheid");
        if (doc.path("trefwoord").isNull()) {
            doc.putArray("trefwoord");
        }
        t.data = doc;
    }

    private static List<String> trefwoord(com.fasterxml.jackson.databind.JsonNode data) {
        List<String> words = new java.util.ArrayList<>();
        data.path("trefwoord").forEach(w -> words.add(w.asText()));
        return words;
    }

    private void notify(Informatieobjecttype t, String actie) {
        String url = w.url(KANAAL, t.uuid);
        w.notify(KANAAL, url, "informatieobjecttype", url, actie, t.catalogus);
    }

}
