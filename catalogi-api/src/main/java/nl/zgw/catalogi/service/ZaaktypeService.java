package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.api.ZaaktypeRequest;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.Versions;
import nl.zgw.catalogi.domain.rules.Ztc009PublishedType;
import nl.zgw.catalogi.domain.rules.Ztc016NoOverlap;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The lifecycle of a ZAAKTYPE version: concept create/replace/patch/delete, publish, correcties (ztc-009, ztc-016). */
@ApplicationScoped
public class ZaaktypeService {

    public static final String KANAAL = "zaaktypen";
    private static final String[] COLUMNS = {"catalogus", "besluittypen", "deelzaaktypen", "beginGeldigheid",
            "eindeGeldigheid"};

    private final CatalogusWrites w;
    private final Selectielijst selectielijst;

    public ZaaktypeService(CatalogusWrites w, Selectielijst selectielijst) {
        this.w = w;
        this.selectielijst = selectielijst;
    }

    @Transactional
    public Zaaktype create(ZaaktypeRequest r) {
        Zaaktype z = new Zaaktype();
        z.uuid = UUID.randomUUID();
        z.concept = true;
        apply(z, r);
        z.persist();
        notify(z, "create");
        return z;
    }

    @Transactional
    public Zaaktype update(UUID uuid, ZaaktypeRequest r) {
        Zaaktype z = w.found(Zaaktype.class, uuid);
        Ztc009PublishedType.checkChange(z.concept, false, w.geforceerdSchrijven());
        apply(z, r);
        notify(z, "update");
        return z;
    }

    @Transactional
    public Zaaktype patch(UUID uuid, JsonNode patch) {
        Zaaktype z = w.found(Zaaktype.class, uuid);
        boolean onlyEinde = Patches.onlyEindeGeldigheid(patch);
        Ztc009PublishedType.checkChange(z.concept, onlyEinde, w.geforceerdSchrijven());
        ZaaktypeRequest r = w.merge(requestView(z), patch, ZaaktypeRequest.class);
        apply(z, r);
        notify(z, "partial_update");
        return z;
    }

    @Transactional
    public Zaaktype delete(UUID uuid) {
        Zaaktype z = w.found(Zaaktype.class, uuid);
        Ztc009PublishedType.checkDelete(z.concept, w.geforceerdVerwijderen());
        notify(z, "destroy");
        z.delete();
        return z;
    }

    /** Makes the concept definitief: complete, its relations published, no overlap with other versions (ztc-016). */
    @Transactional
    public Zaaktype publish(UUID uuid) {
        Zaaktype z = w.found(Zaaktype.class, uuid);
        w.lockVersions(z.catalogus);
        w.queries().em().refresh(z);
        if (!z.concept) {
            return z;
        }
        List<InvalidParam> errors = new ArrayList<>();
        Map<String, Object> self = Map.of("z", z.id);
        if (w.queries().count("select count(s) from Statustype s where s.zaaktype.id = :z", self) < 2) {
            errors.add(InvalidParam.nonField("missing-statustypen",
                    "Een zaaktype heeft minstens twee statustypen nodig (begin- en eindstatus)."));
        }
        if (w.queries().count("select count(r) from Roltype r where r.zaaktype.id = :z", self) < 1) {
            errors.add(InvalidParam.nonField("missing-roltypen", "Een zaaktype heeft minstens één roltype nodig."));
        }
        if (w.queries().count("select count(r) from Resultaattype r where r.zaaktype.id = :z", self) < 1) {
            errors.add(InvalidParam.nonField("missing-resultaattypen",
                    "Een zaaktype heeft minstens één resultaattype nodig."));
        }
        List<String> iots = w.queries().em().createQuery("select distinct r.informatieobjecttype from "
                + "ZaaktypeInformatieobjecttype r where r.zaaktype.id = :z", String.class)
                .setParameter("z", z.id).getResultList();
        unpublished(errors, "Besluittype", "omschrijving", z, List.of(z.besluittypen), "besluittypen");
        unpublished(errors, "Informatieobjecttype", "omschrijving", z, iots, "informatieobjecttypen");
        unpublished(errors, "Zaaktype", "identificatie", z, List.of(z.deelzaaktypen), "deelzaaktypen");
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        for (Zaaktype other : w.queries().versionsOf(z)) {
            if (other.concept) {
                continue;
            }
            LocalDate end = Versions.endOfPredecessor(other.beginGeldigheid, other.eindeGeldigheid, z.beginGeldigheid);
            if (end != null) {
                other.eindeGeldigheid = end;
                notify(other, "partial_update");
            }
            if (Ztc016NoOverlap.overlaps(z.beginGeldigheid, z.eindeGeldigheid, other.beginGeldigheid,
                    other.eindeGeldigheid)) {
                throw Ztc016NoOverlap.violation(z.identificatie);
            }
        }
        z.concept = false;
        notify(z, "publish");
        return z;
    }

    /** The zaaktype as a request body, the base a PATCH is merged onto. */
    public ObjectNode requestView(Zaaktype z) {
        ObjectNode n = z.data.deepCopy();
        n.put("catalogus", w.url("catalogussen", z.catalogus.uuid));
        n.set("besluittypen", w.mapper().valueToTree(z.besluittypen));
        n.set("deelzaaktypen", w.mapper().valueToTree(z.deelzaaktypen));
        n.put("beginGeldigheid", z.beginGeldigheid.toString());
        n.put("eindeGeldigheid", z.eindeGeldigheid == null ? null : z.eindeGeldigheid.toString());
        return n;
    }

    private void apply(Zaaktype z, ZaaktypeRequest r) {
        List<InvalidParam> errors = new ArrayList<>();
        var catalogus = w.catalogus(r.catalogus(), "catalogus");
        if (Boolean.TRUE.equals(r.verlengingMogelijk()) != (r.verlengingstermijn() != null)) {
            errors.add(InvalidParam.nonField("verlenging-mismatch", "verlengingstermijn moet gezet zijn als "
                    + "verlengingMogelijk true is, en leeg als verlengingMogelijk false is."));
        }
        if (!Versions.ordered(r.beginGeldigheid(), r.eindeGeldigheid())) {
            errors.add(new InvalidParam("eindeGeldigheid", "date-mismatch",
                    "eindeGeldigheid mag niet voor beginGeldigheid liggen."));
        }
        if (r.selectielijstProcestype() != null && !r.selectielijstProcestype().isBlank()) {
            selectielijst.procestype(r.selectielijstProcestype(), "selectielijstProcestype"); // ztc-001
        }
        List<String> deel = r.deelzaaktypen() == null ? List.of() : r.deelzaaktypen();
        unknownNames(errors, "Besluittype", "omschrijving", catalogus.id, r.besluittypen(), "besluittypen");
        unknownNames(errors, "Zaaktype", "identificatie", catalogus.id, deel, "deelzaaktypen");
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        w.lockVersions(catalogus);
        if (z.concept) {
            long concepts = w.queries().count("select count(z) from Zaaktype z where z.catalogus.id = :c and "
                    + "z.identificatie = :i and z.concept = true and z.uuid <> :u",
                    Map.of("c", catalogus.id, "i", r.identificatie(), "u", z.uuid));
            if (concepts > 0) {
                throw ZgwException.invalid("identificatie", "unique", "Er bestaat al een concept-versie van dit "
                        + "zaaktype in deze catalogus; werk die bij.");
            }
        } else {
            Correctie.check().same("identificatie", z.identificatie, r.identificatie())
                    .same("catalogus", z.catalogus.id, catalogus.id)
                    .same("beginGeldigheid", z.beginGeldigheid, r.beginGeldigheid())
                    .onlyAdded("besluittypen", List.of(z.besluittypen), r.besluittypen())
                    .onlyAdded("deelzaaktypen", List.of(z.deelzaaktypen), deel)
                    .onlyAdded("trefwoorden", List.of(z.trefwoorden),
                            r.trefwoorden() == null ? List.of() : r.trefwoorden())
                    .onlyAdded("gerelateerdeZaaktypen", gerelateerde(z.data),
                            r.gerelateerdeZaaktypen().stream().map(ZaaktypeRequest.ZaaktypenRelatie::zaaktype).toList())
                    .verify();
            for (Zaaktype other : w.queries().versionsOf(z)) {
                if (!other.concept && other.catalogus.id.equals(catalogus.id)
                        && Ztc016NoOverlap.overlaps(r.beginGeldigheid(), r.eindeGeldigheid(),
                        other.beginGeldigheid, other.eindeGeldigheid)) {
                    throw Ztc016NoOverlap.violation(r.identificatie());
                }
            }
        }
        z.catalogus = catalogus;
        z.identificatie = r.identificatie();
        z.beginGeldigheid = r.beginGeldigheid();
        z.eindeGeldigheid = r.eindeGeldigheid();
        z.trefwoorden = r.trefwoorden() == null ? new String[0] : r.trefwoorden().toArray(String[]::new);
        z.besluittypen = new LinkedHashSet<>(r.besluittypen()).toArray(String[]::new);
        z.deelzaaktypen = new LinkedHashSet<>(deel).toArray(String[]::new);
        z.selectielijstProcestype = blankToNull(r.selectielijstProcestype());
        ObjectNode doc = w.document(r, COLUMNS);
        if (doc.path("trefwoorden").isNull()) {
            doc.putArray("trefwoorden");
        }
        if (doc.path("verantwoordingsrelatie").isNull()) {
            doc.putArray("verantwoordingsrelatie");
        }
        z.data = doc;
    }

    private static List<String> gerelateerde(com.fasterxml.jackson.databind.JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("gerelateerdeZaaktypen").forEach(g -> ids.add(g.path("zaaktype").asText()));
        return ids;
    }

    /** Names that no version in the catalogus carries: {@code does_not_exist} on the field. */
    private void unknownNames(List<InvalidParam> errors, String entity, String key, Long catalogusId,
                              List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            return;
        }
        Set<String> known = new java.util.HashSet<>(w.queries().em().createQuery("select distinct e." + key + " from "
                + entity + " e where e.catalogus.id = :c and e." + key + " in :n", String.class)
                .setParameter("c", catalogusId).setParameter("n", names).getResultList());
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                errors.add(new InvalidParam(field + "." + i, "does_not_exist",
                        "'" + names.get(i) + "' bestaat niet in deze catalogus."));
            }
        }
    }

    /** Related names without any published version: {@code concept-relation}. */
    private void unpublished(List<InvalidParam> errors, String entity, String key, Zaaktype z, List<String> names,
                             String field) {
        if (names.isEmpty()) {
            return;
        }
        Set<String> published = new java.util.HashSet<>(w.queries().em().createQuery("select distinct e." + key
                + " from " + entity + " e where e.catalogus.id = :c and e." + key + " in :n and e.concept = false",
                String.class).setParameter("c", z.catalogus.id).setParameter("n", names).getResultList());
        for (String name : names) {
            if (!published.contains(name)) {
                errors.add(InvalidParam.nonField("concept-relation", "Alle gerelateerde " + field
                        + " moeten gepubliceerd zijn; '" + name + "' is dat niet."));
            }
        }
    }

    private void notify(Zaaktype z, String actie) {
        String url = w.url(KANAAL, z.uuid);
        w.notify(KANAAL, url, "zaaktype", url, actie, z.catalogus);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
