package nl.zgw.notificaties.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.notificaties.domain.Kanaal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KanaalRepository implements PanacheRepository<Kanaal> {

    public Optional<Kanaal> byUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    public Optional<Kanaal> byNaam(String naam) {
        return find("naam", naam).firstResultOptional();
    }

    public List<Kanaal> byNamen(Collection<String> namen) {
        return namen.isEmpty() ? List.of() : list("naam in ?1", namen);
    }

    public List<Kanaal> listByNaam(String naam) {
        return naam == null ? list("order by id", new Object[0]) : list("naam = ?1 order by id", naam);
    }
}
