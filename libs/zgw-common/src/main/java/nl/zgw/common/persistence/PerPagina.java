package nl.zgw.common.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The child rows of a whole page of parents in one statement: {@code (parent id, uuid)} of every row of {@code tabel}
 * whose {@code ouderKolom} is one of the page's ids, by id. The ids are bound as one array ({@code = any(?)}), so the
 * statement is the same for every page: with an {@code in} list of 100 parameters Hibernate translates a query anew
 * on every call (it does not cache plans with multi-valued parameters), which cost a third of a list request's CPU.
 * Native SQL on the service's own table and column names; the values are always bound.
 */
public final class PerPagina {

    private PerPagina() {
    }

    /** {@code voorwaarde}: an extra SQL condition on the child row ({@code "laatst_gezet"}), or empty. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> uuids(EntityManager em, String tabel, String ouderKolom, String voorwaarde,
                                       Collection<Long> ouderIds) {
        if (ouderIds.isEmpty()) {
            return List.of();
        }
        String sql = "select " + ouderKolom + " as ouder, uuid from " + tabel + " where " + ouderKolom
                + " = any(:ids)" + (voorwaarde.isEmpty() ? "" : " and " + voorwaarde) + " order by id";
        return em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("ouder", Long.class)
                .addScalar("uuid", UUID.class)
                .setParameter("ids", ouderIds.toArray(Long[]::new))
                .getResultList();
    }
}
