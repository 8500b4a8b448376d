package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.ZaakObject;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakObjectRepository implements PanacheRepository<ZaakObject> {

    /** The zaakobject with its zaak (rendering and the zaak's autorisatie need both). */
    public Optional<ZaakObject> byUuid(UUID uuid) {
        return find("from ZaakObject e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }
}
