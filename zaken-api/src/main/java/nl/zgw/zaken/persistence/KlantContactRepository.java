package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.KlantContact;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KlantContactRepository implements PanacheRepository<KlantContact> {

    public Optional<KlantContact> byUuid(UUID uuid) {
        return find("from KlantContact e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    public boolean exists(String identificatie) {
        return count("identificatie", identificatie) > 0;
    }
}
