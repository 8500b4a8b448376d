package nl.zgw.catalogi.persistence;

import io.quarkus.arc.All;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.CatalogiEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The repository of each entity of the catalogue, for what works on any resource (details, expand, references). */
@Singleton
public class CatalogiRepositories {

    private final Map<Class<?>, CatalogiRepository<?>> byType = new HashMap<>();

    public CatalogiRepositories(@All List<CatalogiRepository<?>> repositories) {
        repositories.forEach(r -> byType.put(r.type(), r));
    }

    @SuppressWarnings("unchecked") // registered by their own entity class
    public <T extends CatalogiEntity> CatalogiRepository<T> of(Class<T> type) {
        CatalogiRepository<?> repository = byType.get(type);
        if (repository == null) {
            throw new IllegalArgumentException("no repository of " + type.getName());
        }
        return (CatalogiRepository<T>) repository;
    }
}
