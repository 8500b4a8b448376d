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

    /** A page of them with their zaken, one query (expand). */
    public java.util.List<ZaakObject> byUuids(java.util.Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return java.util.List.of();
        }
        return find("from ZaakObject e join fetch e.zaak where e.uuid in ?1 order by e.id", uuids).list();
    }
}
