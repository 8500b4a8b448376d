package nl.zgw.common.persistence;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.zgw.common.filter.FilterObject;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only unit of work (list pages) on PostgreSQL: it sees earlier changes and leaves the session as it was. */
@QuarkusTest
class AlleenLezenTest {

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void aChangeMadeBeforeIsSeenAndWhatItLoadsIsReadOnly() {
        FilterObject gewijzigd = em.createQuery("from FilterObject o where o.aantal = 1", FilterObject.class)
                .getSingleResult();
        gewijzigd.naam = "gewijzigd voor het lezen";
        Session session = em.unwrap(Session.class);

        FilterObject gelezen = AlleenLezen.binnen(em, () -> {
            assertEquals(FlushMode.MANUAL, session.getHibernateFlushMode());
            assertEquals(1L, em.createQuery("select count(o) from FilterObject o where o.naam = :naam", Long.class)
                    .setParameter("naam", "gewijzigd voor het lezen").getSingleResult());
            return em.createQuery("from FilterObject o where o.aantal = 2", FilterObject.class).getSingleResult();
        });

        assertTrue(session.isReadOnly(gelezen));
        assertFalse(session.isReadOnly(gewijzigd));
        assertEquals(FlushMode.AUTO, session.getHibernateFlushMode());
        assertFalse(session.isDefaultReadOnly());
    }
}
