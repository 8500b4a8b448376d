package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.ZaakNotitie;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakNotitieRepository implements PanacheRepository<ZaakNotitie> {

    public Optional<ZaakNotitie> byUuid(UUID uuid) {
        return find("from ZaakNotitie e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }
}
