package nl.zgw.zaken.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakExterneRelatie;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rows of each kind of {@link ZaakExterneRelatie} (its entity class names the table). */
@ApplicationScoped
public class ZaakExterneRelatieRepository {

    private final EntityManager em;

    public ZaakExterneRelatieRepository(EntityManager em) {
        this.em = em;
    }

    /** With its zaak (rendering and the autorisatie need it). */
    public <E extends ZaakExterneRelatie> Optional<E> byUuid(Class<E> type, UUID uuid) {
        return em.createQuery("from " + entity(type) + " e join fetch e.zaak where e.uuid = :uuid", type)
                .setParameter("uuid", uuid).getResultStream().findFirst();
    }

    public boolean exists(Class<? extends ZaakExterneRelatie> type, UUID uuid) {
        return em.createQuery("select count(e) from " + entity(type) + " e where e.uuid = :uuid", Long.class)
                .setParameter("uuid", uuid).getSingleResult() > 0;
    }

    public boolean exists(Class<? extends ZaakExterneRelatie> type, Zaak zaak, String doel) {
        return em.createQuery("select count(e) from " + entity(type) + " e where e.zaak = :zaak and e.doel = :doel",
                Long.class).setParameter("zaak", zaak).setParameter("doel", doel).getSingleResult() > 0;
    }

    /**
     * uuid and doel of the zaak's relations, without loading them into the session (the zaak's delete, whose
     * cascade removes the rows, must not find managed relations pointing at it).
     */
    public List<Object[]> doelenVanZaak(Class<? extends ZaakExterneRelatie> type, Zaak zaak) {
        return em.createQuery("select e.uuid, e.doel from " + entity(type) + " e where e.zaak = :zaak order by e.id",
                Object[].class).setParameter("zaak", zaak).getResultList();
    }

    private String entity(Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }
}
