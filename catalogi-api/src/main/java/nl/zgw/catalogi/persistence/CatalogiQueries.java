package nl.zgw.catalogi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The queries of the catalogue besides its lists (those are declared filters run by {@code ListQueries}): by uuid,
 * and the batch lookups the representations need (one query per relation for a whole page, never one per row).
 */
@ApplicationScoped
public class CatalogiQueries {

    /** "valid on :d" for an alias with begin/einde geldigheid (both inclusive). */
    public static String validOn(String alias) {
        return alias + ".beginGeldigheid <= :d and (" + alias + ".eindeGeldigheid is null or " + alias
                + ".eindeGeldigheid >= :d)";
    }

    private final EntityManager em;

    public CatalogiQueries(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return em;
    }

    /** The JPA entity name of a class, from the metamodel (never the class's simple name by convention). */
    public String entity(Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }

    public <T> Optional<T> byUuid(Class<T> type, UUID uuid) {
        return em.createQuery("select e from " + entity(type) + " e where e.uuid = :u", type)
                .setParameter("u", uuid).getResultStream().findFirst();
    }

    public <T> List<T> byUuids(Class<T> type, Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from " + entity(type) + " e where e.uuid in :u", type)
                .setParameter("u", uuids).getResultList();
    }

    /** {@code select <columns> from <entity> e where e.zaaktype.id in :ids} for the zaaktypen of a page. */
    public List<Object[]> ofZaaktypen(String entity, String columns, Collection<Long> zaaktypeIds, String order) {
        if (zaaktypeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.zaaktype.id, e.uuid, " + columns + " from " + entity
                + " e where e.zaaktype.id in :ids order by " + order, Object[].class)
                .setParameter("ids", zaaktypeIds).getResultList();
    }

    /**
     * Resolves names to the published version valid on {@code d} (1.3.3 "De url's die moeten worden teruggegeven"):
     * same catalogus, concept=false, begin <= d, einde empty or >= d. Key: catalogusId + "|" + name.
     */
    public Map<String, UUID> resolve(String entity, String keyField, Collection<Long> catalogusIds,
                                     Collection<String> names, LocalDate d) {
        Map<String, UUID> result = new LinkedHashMap<>();
        if (catalogusIds.isEmpty() || names.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select e.catalogus.id, e." + keyField + ", e.uuid from " + entity
                + " e where e.catalogus.id in :c and e." + keyField + " in :n and e.concept = false and "
                + validOn("e") + " order by e.beginGeldigheid", Object[].class)
                .setParameter("c", catalogusIds).setParameter("n", names).setParameter("d", d).getResultList();
        for (Object[] r : rows) {
            result.put(r[0] + "|" + r[1], (UUID) r[2]);
        }
        return result;
    }

    /** Published, valid zaaktypen of these catalogi: {catalogusId, uuid, identificatie, besluittypen}. */
    public List<Object[]> validZaaktypen(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select z.catalogus.id, z.uuid, z.identificatie, z.besluittypen from Zaaktype z"
                + " where z.catalogus.id in :c and z.concept = false and " + validOn("z")
                + " order by z.identificatie", Object[].class)
                .setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }

    /** Published, valid besluittypen of these catalogi: {catalogusId, uuid, omschrijving, informatieobjecttypen}. */
    public List<Object[]> validBesluittypen(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b.catalogus.id, b.uuid, b.omschrijving, b.informatieobjecttypen from Besluittype b"
                + " where b.catalogus.id in :c and b.concept = false and " + validOn("b")
                + " order by b.omschrijving", Object[].class)
                .setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }

    /** Zaaktypen (published, valid) relating these IOT names: {catalogusId, iotName, zaaktypeUuid, identificatie}. */
    public List<Object[]> zaaktypenOfIots(Collection<Long> catalogusIds, Collection<String> iotNames, LocalDate d) {
        if (catalogusIds.isEmpty() || iotNames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select z.catalogus.id, r.informatieobjecttype, z.uuid, z.identificatie"
                + " from ZaaktypeInformatieobjecttype r join r.zaaktype z where z.catalogus.id in :c"
                + " and r.informatieobjecttype in :n and z.concept = false and " + validOn("z")
                + " order by z.identificatie", Object[].class)
                .setParameter("c", catalogusIds).setParameter("n", iotNames).setParameter("d", d).getResultList();
    }

    /** Resultaattypen of published valid zaaktypen: {catalogusId, uuid, omschrijving, besluittypen}. */
    public List<Object[]> resultaattypenOfCatalogi(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select z.catalogus.id, r.uuid, r.omschrijving, r.besluittypen from Resultaattype r"
                + " join r.zaaktype z where z.catalogus.id in :c and z.concept = false and " + validOn("z")
                + " order by r.id", Object[].class)
                .setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }

    /** Every version of the top types in these catalogi: {catalogusId, uuid, name}. */
    public List<Object[]> typesOfCatalogi(String entity, String keyField, Collection<Long> catalogusIds) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.catalogus.id, e.uuid, e." + keyField + " from " + entity
                + " e where e.catalogus.id in :c order by e.id", Object[].class)
                .setParameter("c", catalogusIds).getResultList();
    }

    /** The catalogue revision: bumped by every committed write. */
    public long revisie() {
        return ((Number) em.createNativeQuery("SELECT revisie FROM catalogi_revisie WHERE id = 1").getSingleResult())
                .longValue();
    }

    public long count(String jpql, Map<String, Object> params) {
        var q = em.createQuery(jpql, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
