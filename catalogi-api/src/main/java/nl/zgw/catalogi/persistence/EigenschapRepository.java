package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Eigenschap;
import nl.zgw.catalogi.domain.Statustype;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
public class EigenschapRepository extends OnderdeelRepository<Eigenschap> {

    public EigenschapRepository() {
        super(Eigenschap.class, "naam", "id");
    }

    /** The uuids of the eigenschappen of each statustype, in the order they were created. */
    public Map<Long, List<UUID>> vanStatustypen(Collection<Long> statustypeIds) {
        Map<Long, List<UUID>> result = new HashMap<>();
        if (!statustypeIds.isEmpty()) {
            getEntityManager().createQuery("select e.statustype.id, e.uuid from Eigenschap e"
                            + " where e.statustype.id in :ids order by e.id", Object[].class)
                    .setParameter("ids", statustypeIds).getResultList()
                    .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        }
        return result;
    }

    /** Unlinks the eigenschappen of a statustype (before it is given its new list). */
    public void ontkoppel(Statustype s) {
        update("statustype = null where statustype = ?1", s);
    }
}
