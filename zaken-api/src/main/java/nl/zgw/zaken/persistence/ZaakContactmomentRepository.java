package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.ZaakContactmoment;
import nl.zgw.zaken.domain.Zaak;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakContactmomentRepository implements PanacheRepository<ZaakContactmoment> {

    /** With its zaak (rendering and the autorisatie need it). */
    public Optional<ZaakContactmoment> byUuid(UUID uuid) {
        return find("from ZaakContactmoment e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    public boolean exists(UUID uuid) {
        return count("uuid", uuid) > 0;
    }

    public boolean exists(Zaak zaak, String contactmoment) {
        return count("zaak = ?1 and contactmoment = ?2", zaak, contactmoment) > 0;
    }

    public List<ZaakContactmoment> ofZaak(Zaak zaak) {
        return list("zaak = ?1 order by id", zaak);
    }

    /**
     * uuid and contactmoment of the zaak's relations, without loading them into the session (the zaak's delete, whose
     * cascade removes the rows, must not find managed relations pointing at it).
     */
    public List<Object[]> doelenVanZaak(Zaak zaak) {
        return getEntityManager().createQuery("select e.uuid, e.contactmoment from ZaakContactmoment e where e.zaak = :zaak"
                + " order by e.id", Object[].class).setParameter("zaak", zaak).getResultList();
    }
}
