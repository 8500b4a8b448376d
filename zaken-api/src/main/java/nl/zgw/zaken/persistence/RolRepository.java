package nl.zgw.zaken.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.Rol;
import nl.zgw.zaken.domain.Zaak;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RolRepository implements PanacheRepository<Rol> {

    /** The rol with its zaak (rendering and the zaak's autorisatie need both). */
    public Optional<Rol> byUuid(UUID uuid) {
        return find("from Rol e join fetch e.zaak where e.uuid = ?1", uuid).firstResultOptional();
    }

    /** How many rollen of the zaak have this omschrijvingGeneriek (RolMaxAantal). */
    public long aantal(Zaak zaak, String omschrijvingGeneriek) {
        return count("zaak = ?1 and omschrijvingGeneriek = ?2", zaak, omschrijvingGeneriek);
    }

    /** A page of them with their zaken, one query (expand). */
    public java.util.List<Rol> byUuids(java.util.Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return java.util.List.of();
        }
        return find("from Rol e join fetch e.zaak where e.uuid in ?1 order by e.id", uuids).list();
    }
}
