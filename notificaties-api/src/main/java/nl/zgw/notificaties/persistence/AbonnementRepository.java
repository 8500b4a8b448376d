package nl.zgw.notificaties.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.query.ListQueries;
import nl.zgw.common.query.ListQuery;
import nl.zgw.notificaties.domain.Abonnement;
import nl.zgw.notificaties.domain.AbonnementKanaal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AbonnementRepository implements PanacheRepository<Abonnement> {

    private final ListQueries lists;

    public AbonnementRepository(ListQueries lists) {
        this.lists = lists;
    }

    /** With kanalen and their kanaal in one query. */
    public Optional<Abonnement> byUuid(UUID uuid) {
        return find("select distinct a from Abonnement a left join fetch a.kanalen k left join fetch k.kanaal"
                + " where a.uuid = ?1", uuid).singleResultOptional();
    }

    /** Every abonnement with kanalen and their kanaal, in one query (the standard does not paginate them). */
    @Override
    public List<Abonnement> listAll() {
        return lists.all(ListQuery.of(Abonnement.class, "a")
                .fetch("left join fetch a.kanalen k left join fetch k.kanaal").orderBy("a.id"));
    }

    /** The kanalen entries on a kanaal, with their abonnement: the routing candidates of a message. */
    public List<AbonnementKanaal> entriesOnKanaal(long kanaalId) {
        return getEntityManager().createQuery("select ak from AbonnementKanaal ak join fetch ak.abonnement"
                + " where ak.kanaal.id = :k", AbonnementKanaal.class).setParameter("k", kanaalId).getResultList();
    }
}
