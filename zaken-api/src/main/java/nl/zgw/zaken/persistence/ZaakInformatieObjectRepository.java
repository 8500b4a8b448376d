package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.persistence.PerPagina;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakInformatieObject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakInformatieObjectRepository implements PanacheRepository<ZaakInformatieObject> {

    /** With its zaak (rendering and the autorisatie need it). */
    public Optional<ZaakInformatieObject> byUuid(UUID uuid) {
        return find("from ZaakInformatieObject e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    public boolean exists(UUID uuid) {
        return count("uuid", uuid) > 0;
    }

    /** zrc-003: the zaak relates this document already (other than {@code except}, the relation being changed). */
    public boolean exists(Zaak zaak, String informatieobject, Long except) {
        return count("zaak = ?1 and informatieobject = ?2 and id <> ?3", zaak, informatieobject,
                except == null ? -1L : except) > 0;
    }

    public List<ZaakInformatieObject> ofZaak(Zaak zaak) {
        return list("zaak = ?1 order by id", zaak);
    }

    /** For a page of zaken, one query: zaak id and the uuid of each of its relations, by id. */
    public List<Object[]> uuidsOfZaken(Collection<Long> zaakIds) {
        return PerPagina.uuids(getEntityManager(), "zaakinformatieobject", "zaak_id", "", zaakIds);
    }

    public List<ZaakInformatieObject> byUuids(Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return list("from ZaakInformatieObject e join fetch e.zaak where e.uuid in ?1", uuids);
    }

    /**
     * uuid and informatieobject of the zaak's relations, without loading them into the session (the zaak's delete, whose
     * cascade removes the rows, must not find managed relations pointing at it).
     */
    public List<Object[]> doelenVanZaak(Zaak zaak) {
        return getEntityManager().createQuery("select e.uuid, e.informatieobject from ZaakInformatieObject e where e.zaak = :zaak"
                + " order by e.id", Object[].class).setParameter("zaak", zaak).getResultList();
    }

    /** The informatieobject URLs the zaak relates, by id. */
    public List<String> informatieobjectenVan(Zaak zaak) {
        return getEntityManager().createQuery("select e.informatieobject from ZaakInformatieObject e where e.zaak = :zaak"
                + " order by e.id", String.class).setParameter("zaak", zaak).getResultList();
    }

    /** For a page of zaken, one query: status URL and uuid of each relation that names a status, by id. */
    public List<Object[]> metStatus(Collection<Long> zaakIds) {
        if (zaakIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select e.status, e.uuid from ZaakInformatieObject e"
                        + " where e.zaak.id in :ids and e.status is not null and e.status <> '' order by e.id", Object[].class)
                .setParameter("ids", zaakIds).getResultList();
    }
}
