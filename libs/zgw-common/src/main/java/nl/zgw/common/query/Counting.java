package nl.zgw.common.query;

import jakarta.persistence.EntityManager;

/**
 * How a list query counts its rows for {@code count} and the last page. Exact today; a list whose count is costly
 * (Zaken) may bring a cheaper exact strategy (e.g. counting ids only, or over an index).
 */
@FunctionalInterface
public interface Counting {

    /**
     * @param from  {@code " from Entity e join ..."} (the count's joins, no fetches)
     * @param alias the root alias ({@code e})
     */
    long count(EntityManager em, String from, String alias, Where where);

    /** {@code select count(e) ...} with the list's conditions. */
    Counting EXACT = (em, from, alias, where) ->
            where.bindTo(em.createQuery("select count(" + alias + ")" + from + where.jpql(), Long.class))
                    .getSingleResult();
}
