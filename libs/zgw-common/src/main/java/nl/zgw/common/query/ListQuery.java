package nl.zgw.common.query;

/**
 * What one list runs: the entity and its alias, the joins its conditions need, the fetch joins its rendering needs,
 * the conditions (filters plus the autorisatie predicate), the order and how it counts. Immutable; run by
 * {@link ListQueries}.
 * <pre>{@code
 * ListQuery.of(Statustype.class, "e").join("join e.zaaktype z")
 *         .fetch("join fetch e.zaaktype z join fetch z.catalogus")
 *         .where(selection.where()).orderBy("z.id, e.volgnummer")
 * }</pre>
 */
public record ListQuery<E>(Class<E> type, String alias, String joins, String fetches, Where where, String order,
                           Counting counting) {

    public static <E> ListQuery<E> of(Class<E> type, String alias) {
        return new ListQuery<>(type, alias, "", "", new Where(), alias + ".id", Counting.EXACT);
    }

    /** Joins the conditions use (in the count and the select), e.g. {@code join e.zaaktype z}. */
    public ListQuery<E> join(String joinClause) {
        return new ListQuery<>(type, alias, joinClause, fetches, where, order, counting);
    }

    /** The same joins as fetch joins for the select (the count keeps the plain joins). */
    public ListQuery<E> fetch(String fetchClause) {
        return new ListQuery<>(type, alias, joins, fetchClause, where, order, counting);
    }

    public ListQuery<E> where(Where conditions) {
        return new ListQuery<>(type, alias, joins, fetches, conditions, order, counting);
    }

    /** A JPQL order; end it with a unique path (the id) so pages never overlap. */
    public ListQuery<E> orderBy(String jpqlOrder) {
        return new ListQuery<>(type, alias, joins, fetches, where, jpqlOrder == null ? alias + ".id" : jpqlOrder,
                counting);
    }

    public ListQuery<E> counting(Counting strategy) {
        return new ListQuery<>(type, alias, joins, fetches, where, order, strategy);
    }
}
