package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Statustype;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@Singleton
public class StatustypeRepository extends OnderdeelRepository<Statustype> {

    public StatustypeRepository() {
        super(Statustype.class, null, "volgnummer");
    }

    /** The highest volgnummer of the zaaktype's statustypen other than {@code self}; null when there are none. */
    public Integer hoogsteVolgnummer(Long zaaktypeId, Long self) {
        return getEntityManager().createQuery("select max(s.volgnummer) from Statustype s where s.zaaktype.id = :z"
                        + " and s.id <> :id", Integer.class).setParameter("z", zaaktypeId)
                .setParameter("id", self == null ? -1L : self).getSingleResult();
    }

    /** The highest volgnummer per zaaktype (the eindstatus). */
    public Map<Long, Integer> hoogsteVolgnummers(Collection<Long> zaaktypeIds) {
        Map<Long, Integer> max = new HashMap<>();
        if (!zaaktypeIds.isEmpty()) {
            getEntityManager().createQuery("select s.zaaktype.id, max(s.volgnummer) from Statustype s"
                            + " where s.zaaktype.id in :z group by s.zaaktype.id", Object[].class)
                    .setParameter("z", zaaktypeIds).getResultList().forEach(r -> max.put((Long) r[0], (Integer) r[1]));
        }
        return max;
    }
}
