package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.ZaakBesluit;
import nl.zgw.zaken.domain.Zaak;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakBesluitRepository implements PanacheRepository<ZaakBesluit> {

    /** With its zaak (rendering and the autorisatie need it). */
    public Optional<ZaakBesluit> byUuid(UUID uuid) {
        return find("from ZaakBesluit e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    public boolean exists(UUID uuid) {
        return count("uuid", uuid) > 0;
    }

    public boolean exists(Zaak zaak, String besluit) {
        return count("zaak = ?1 and besluit = ?2", zaak, besluit) > 0;
    }

    public List<ZaakBesluit> ofZaak(Zaak zaak) {
        return list("zaak = ?1 order by id", zaak);
    }

    /** The besluit URLs registered at the zaak, by id. */
    public List<String> besluitenVan(Zaak zaak) {
        return getEntityManager().createQuery("select e.besluit from ZaakBesluit e where e.zaak = :zaak order by e.id",
                String.class).setParameter("zaak", zaak).getResultList();
    }
}
