package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** The catalogue revision (table {@code catalogi_revisie}): bumped by every committed write, on any replica. */
@Singleton
public class RevisieRepository {

    private final EntityManager em;

    public RevisieRepository(EntityManager em) {
        this.em = em;
    }

    public long huidige() {
        return ((Number) em.createNativeQuery("SELECT revisie FROM catalogi_revisie WHERE id = 1").getSingleResult())
                .longValue();
    }

    /** Must run inside the transaction of the change, so the new revision commits with it. */
    public void verhoog() {
        em.createNativeQuery("UPDATE catalogi_revisie SET revisie = revisie + 1 WHERE id = 1").executeUpdate();
    }
}
