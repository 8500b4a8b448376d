package nl.zgw.besluiten.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.domain.Besluit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BesluitRepository implements PanacheRepository<Besluit> {

    public Optional<Besluit> byUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    public List<Besluit> byUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of() : list("uuid in ?1", uuids);
    }

    public boolean identificatieBestaat(String verantwoordelijkeOrganisatie, String identificatie) {
        return count("verantwoordelijkeOrganisatie = ?1 and identificatie = ?2", verantwoordelijkeOrganisatie,
                identificatie) > 0;
    }
}
