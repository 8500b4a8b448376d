package nl.zgw.besluiten.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.domain.Besluit;
import nl.zgw.besluiten.domain.BesluitInformatieObject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BesluitInformatieObjectRepository implements PanacheRepository<BesluitInformatieObject> {

    public Optional<BesluitInformatieObject> byUuid(UUID uuid) {
        return find("from BesluitInformatieObject e join fetch e.besluit where e.uuid = ?1", uuid)
                .firstResultOptional();
    }

    public List<BesluitInformatieObject> byUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of()
                : list("from BesluitInformatieObject e join fetch e.besluit where e.uuid in ?1", uuids);
    }

    public List<BesluitInformatieObject> ofBesluit(Besluit besluit) {
        return list("besluit = ?1 order by id", besluit);
    }

    public boolean bestaat(Besluit besluit, String informatieobject) {
        return count("besluit = ?1 and informatieobject = ?2", besluit, informatieobject) > 0;
    }
}
