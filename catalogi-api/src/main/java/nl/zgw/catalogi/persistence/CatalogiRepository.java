package nl.zgw.catalogi.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import nl.zgw.catalogi.domain.CatalogiEntity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What every repository of the catalogue has: its entities by the uuid of their URL, one or a page's worth. */
public abstract class CatalogiRepository<T extends CatalogiEntity> implements PanacheRepository<T> {

    /** The entity class, for the typed (criteria) queries of the subclasses. */
    protected final Class<T> type;

    protected CatalogiRepository(Class<T> type) {
        this.type = type;
    }

    public Class<T> type() {
        return type;
    }

    public Optional<T> findByUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    public List<T> findByUuids(Collection<UUID> uuids) {
        return uuids.isEmpty() ? List.of() : list("uuid in ?1", uuids);
    }
}
