package nl.zgw.notificaties.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.query.Where;
import nl.zgw.notificaties.domain.Kanaal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KanaalRepository implements PanacheRepository<Kanaal> {

    private final ListQueries lists;

    public KanaalRepository(ListQueries lists) {
        this.lists = lists;
    }

    public Optional<Kanaal> byUuid(UUID uuid) {
        return find("uuid", uuid).firstResultOptional();
    }

    public Optional<Kanaal> byNaam(String naam) {
        return find("naam", naam).firstResultOptional();
    }

    public List<Kanaal> byNamen(Collection<String> namen) {
        return namen.isEmpty() ? List.of() : list("naam in ?1", namen);
    }

    /** The kanalen {@code k} a list's filters select, in one query (the standard does not paginate them). */
    public List<Kanaal> list(Where where, String order) {
        return lists.all(ListQuery.of(Kanaal.class, "k").where(where).orderBy(order));
    }
}
