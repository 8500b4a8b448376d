package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.api.BesluittypeRequest;
import nl.zgw.catalogi.domain.Besluittype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.Versions;
import nl.zgw.catalogi.domain.rules.Ztc009PublishedType;
import nl.zgw.catalogi.domain.rules.Ztc016NoOverlap;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

/** The lifecycle of a BESLUITTYPE version (versions share omschrijving; IOTs are related by omschrijving). */
@ApplicationScoped
public class BesluittypeService {

    public static final String KANAAL = "besluittypen";

    private final CatalogusWrites w;

    public BesluittypeService(CatalogusWrites w) {
        this.w = w;
    }

    @Transactional
    public Besluittype create(BesluittypeRequest r) {
        Besluittype t = new Besluittype();
        t.uuid = UUID.randomUUID();
        t.concept = true;
        apply(t, r);
        t.persist();
        notify(t, "create");
        return t;
    }

    @Transactional
    public Besluittype update(UUID uuid, BesluittypeRequest r) {
        Besluittype t = w.found(Besluittype.class, uuid);
        Ztc009PublishedType.checkChange(t.concept, false, w.geforceerdSchrijven());
        apply(t, r);
        notify(t, "update");
        return t;
    }

    @Transactional
    public Besluittype patch(UUID uuid, JsonNode patch) {
        Besluittype t = w.found(Besluittype.class, uuid);
        Ztc009PublishedType.checkChange(t.concept, Patches.onlyEindeGeldigheid(patch), w.geforceerdSchrijven());
        ObjectNode view = t.data.deepCopy();
        view.put("catalogus", w.url("catalogussen", t.catalogus.uuid));
        view.put("beginGeldigheid", t.beginGeldigheid.toString());
        view.put("eindeGeldigheid", t.eindeGeldigheid == null ? null : t.eindeGeldigheid.toString());
        view.set("informatieobjecttypen", w.mapper().valueToTree(t.informatieobjecttypen));
        apply(t, w.merge(view, patch, BesluittypeRequest.class));
        notify(t, "partial_update");
        return t;
    }

    @Transactional
    public Besluittype delete(UUID uuid) {
        Besluittype t = w.found(Besluittype.class, uuid);
        Ztc009PublishedType.checkDelete(t.concept, w.geforceerdVerwijderen());
        notify(t, "destroy");
        t.delete();
        return t;
    }

    @Transactional
    public Besluittype publish(UUID uuid) {
        Besluittype t = w.found(Besluittype.class, uuid);
        w.lockVersions(t.catalogus);
        w.queries().em().refresh(t);
        if (!t.concept) {
            return t;
        }
        List<String> iots = List.of(t.informatieobjecttypen);
        if (!iots.isEmpty()) {
            Set<String> published = new HashSet<>(w.queries().em().createQuery("select distinct e.omschrijving from "
                    + "Informatieobjecttype e where e.catalogus = :c and e.omschrijving in :n and e.concept = false",
                    String.class).setParameter("c", t.catalogus).setParameter("n", iots).getResultList());
            for (String name : iots) {
                if (!published.contains(name)) {
                    throw ZgwException.invalid(List.of(nl.zgw.common.problem.InvalidParam.nonField("concept-relation",
                            "Alle gerelateerde informatieobjecttypen moeten gepubliceerd zijn; '" + name
                                    + "' is dat niet.")));
                }
            }
        }
        for (Besluittype other : w.queries().versionsOf(Besluittype.class, t.catalogus,
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

    private void apply(Besluittype t, BesluittypeRequest r) {
        var catalogus = w.catalogus(r.catalogus(), "catalogus");
        w.lockVersions(catalogus);
        if (!Versions.ordered(r.beginGeldigheid(), r.eindeGeldigheid())) {
            throw ZgwException.invalid("eindeGeldigheid", "date-mismatch",
                    "eindeGeldigheid mag niet voor beginGeldigheid liggen.");
        }
        if (t.concept && w.queries().count("select count(e) from Besluittype e where e.catalogus.id = :c"
                + " and e.omschrijving = :o and e.concept = true and e.uuid <> :u",
                Map.of("c", catalogus.id, "o", r.omschrijving() == null ? "" : r.omschrijving(), "u", t.uuid)) > 0) {
            throw ZgwException.invalid("omschrijving", "unique",
                    "Er bestaat al een concept-versie van dit besluittype in deze catalogus.");
        }
        if (!t.concept) {
            Correctie.check().same("omschrijving", t.omschrijving, r.omschrijving() == null ? "" : r.omschrijving())
                    .same("catalogus", t.catalogus.id, catalogus.id)
                    .same("beginGeldigheid", t.beginGeldigheid, r.beginGeldigheid())
                    .onlyAdded("informatieobjecttypen", List.of(t.informatieobjecttypen), r.informatieobjecttypen())
                    .verify();
        }
        t.catalogus = catalogus;
        t.omschrijving = r.omschrijving() == null ? "" : r.omschrijving();
        t.beginGeldigheid = r.beginGeldigheid();
        t.eindeGeldigheid = r.eindeGeldigheid();
        List<String> iots = r.informatieobjecttypen();
        Set<String> known = new HashSet<>(w.queries().em().createQuery("select distinct e.omschrijving from "
                + "Informatieobjecttype e where e.catalogus.id = :c and e.omschrijving in :n", String.class)
                .setParameter("c", catalogus.id).setParameter("n", iots.isEmpty() ? List.of("") : iots)
                .getResultList());
        for (int i = 0; i < iots.size(); i++) {
            if (!known.contains(iots.get(i))) {
                throw ZgwException.invalid("informatieobjecttypen." + i, "does_not_exist",
                        "'" + iots.get(i) + "' bestaat niet in deze catalogus.");
            }
        }
        t.informatieobjecttypen = new LinkedHashSet<>(iots).toArray(String[]::new);
        t.data = w.document(r, "catalogus", "beginGeldigheid", "eindeGeldigheid", "informatieobjecttypen");
    }

    private void notify(Besluittype t, String actie) {
        String url = w.url(KANAAL, t.uuid);
        w.notify(KANAAL, url, "besluittype", url, actie, t.catalogus);
    }

}
