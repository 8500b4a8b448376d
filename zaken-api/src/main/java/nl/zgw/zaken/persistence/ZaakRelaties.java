package nl.zgw.zaken.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.zgw.zaken.domain.Zaak;

import java.util.Collection;
import java.util.List;

/**
 * Reads of tables other Zaken helpers own (zaakinformatieobject, zaakbesluit, zaakobject) that closing and archiving
 * need, by plain SQL on their agreed columns ({@code zaak_id} and the reference column). A table that does not exist
 * (yet) reads as empty: its existence is looked up first, so a missing one never aborts the transaction.
 */
@ApplicationScoped
public class ZaakRelaties {

    /** One row of a zaakobject: its object URL and the value of one attribute of its objectIdentificatie. */
    public record ZaakobjectWaarde(String object, String waarde) {
    }

    private final EntityManager em;

    public ZaakRelaties(EntityManager em) {
        this.em = em;
    }

    /** The informatieobject URLs of the zaak's zaakinformatieobjecten. */
    public List<String> informatieobjecten(Zaak zaak) {
        return urls("zaakinformatieobject", "informatieobject", zaak);
    }

    /** The besluit URLs the Besluiten API registered at the zaak ({@code /zaken/{uuid}/besluiten}). */
    public List<String> besluiten(Zaak zaak) {
        return urls("zaakbesluit", "besluit", zaak);
    }

    /** The zaakobjecten of an objectType: their object URL and attribute {@code kenmerk} of their objectIdentificatie. */
    @SuppressWarnings("unchecked")
    public List<ZaakobjectWaarde> zaakobjecten(Zaak zaak, String objectType, String kenmerk) {
        if (!bestaat("zaakobject")) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select object, object_identificatie ->> :kenmerk from zaakobject"
                        + " where zaak_id = :zaak and object_type = :type order by id")
                .setParameter("kenmerk", kenmerk).setParameter("zaak", zaak.id).setParameter("type", objectType)
                .getResultList();
        return rows.stream().map(r -> new ZaakobjectWaarde((String) r[0], (String) r[1])).toList();
    }

    /**
     * The zaakinformatieobjecten of these zaken that name a status ({@code zaakinformatieobject.status}): their
     * status URL and their uuid, one query for a page of statussen.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> zaakinformatieobjectenMetStatus(Collection<Long> zaakIds) {
        if (zaakIds.isEmpty() || !bestaat("zaakinformatieobject")) {
            return List.of();
        }
        return em.createNativeQuery("select status, uuid from zaakinformatieobject where zaak_id in (:zaken)"
                        + " and status is not null and status <> '' order by id")
                .setParameter("zaken", zaakIds).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> urls(String table, String column, Zaak zaak) {
        if (!bestaat(table)) {
            return List.of();
        }
        return em.createNativeQuery("select " + column + " from " + table + " where zaak_id = :zaak order by id")
                .setParameter("zaak", zaak.id).getResultList();
    }

    private boolean bestaat(String table) {
        Object found = em.createNativeQuery("select cast(to_regclass(:t) as text)").setParameter("t", table)
                .getSingleResult();
        return found != null;
    }
}
