package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakObject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ZaakObjectRepository implements PanacheRepository<ZaakObject> {

    /** The zaakobject with its zaak (rendering and the zaak's autorisatie need both). */
    public Optional<ZaakObject> byUuid(UUID uuid) {
        return find("from ZaakObject e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    /** A page of them with their zaken, one query (expand). */
    public List<ZaakObject> byUuids(Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        return find("from ZaakObject e join fetch e.zaak where e.uuid in ?1 order by e.id", uuids).list();
    }

    /** The zaak's zaakobjecten of one objectType, by id (archiving reads a kenmerk of their objectIdentificatie). */
    public List<ZaakObject> ofZaak(Zaak zaak, String objectType) {
        return list("zaak = ?1 and objectType = ?2 order by id", zaak, objectType);
    }
}
