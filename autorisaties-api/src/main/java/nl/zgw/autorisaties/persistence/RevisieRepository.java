package nl.zgw.autorisaties.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The global revision of applicaties and credentials (table {@code ac_revisie}). */
@ApplicationScoped
public class RevisieRepository {

    private final EntityManager em;

    public RevisieRepository(EntityManager em) {
        this.em = em;
    }

    /** Must run inside the transaction of the change, so the new revision commits with it. */
    public void bump() {
        em.createNativeQuery("UPDATE ac_revisie SET revisie = revisie + 1 WHERE id = 1").executeUpdate();
    }

    public long current() {
        return ((Number) em.createNativeQuery("SELECT revisie FROM ac_revisie WHERE id = 1").getSingleResult())
                .longValue();
    }
}
