package nl.zgw.common.query;

/**
 * What one list runs: the entity and its alias, the joins its conditions need, the fetch joins its rendering needs,
 * the conditions (filters plus the autorisatie predicate), the order, how it counts and whether it may seek. Immutable; run by
 * {@link ListQueries}.
 * <pre>{@code
 * ListQuery.of(Statustype.class, "e").join("join e.zaaktype z")
 *         .fetch("join fetch e.zaaktype z join fetch z.catalogus")
 *         .where(selection.where()).orderBy("z.id, e.volgnummer")
 * }</pre>
 */
public record ListQuery<E>(Class<E> type, String alias, String joins, String fetches, Where where, String order,
                           Counting counting, Keyset keyset) {

    public static <E> ListQuery<E> of(Class<E> type, String alias) {
        return new ListQuery<>(type, alias, "", "", new Where(), alias + ".id", Counting.EXACT, null);
    }

    /** Joins the conditions use (in the count and the select), e.g. {@code join e.zaaktype z}. */
    public ListQuery<E> join(String joinClause) {
        return new ListQuery<>(type, alias, joinClause, fetches, where, order, counting, keyset);
    }

    /** The same joins as fetch joins for the select (the count keeps the plain joins). */
    public ListQuery<E> fetch(String fetchClause) {
        return new ListQuery<>(type, alias, joins, fetchClause, where, order, counting, keyset);
    }

    public ListQuery<E> where(Where conditions) {
        return new ListQuery<>(type, alias, joins, fetches, conditions, order, counting, keyset);
    }

    /** A JPQL order; end it with a unique path (the id) so pages never overlap. */
    public ListQuery<E> orderBy(String jpqlOrder) {
        return new ListQuery<>(type, alias, joins, fetches, where, jpqlOrder == null ? alias + ".id" : jpqlOrder,
                counting, keyset);
    }

    public ListQuery<E> counting(Counting strategy) {
        return new ListQuery<>(type, alias, joins, fetches, where, order, strategy, keyset);
    }

    /** Pages after the first may seek from a known sort key instead of OFFSET ({@link Keyset}); null: OFFSET. */
    public ListQuery<E> keyset(Keyset seeking) {
        return new ListQuery<>(type, alias, joins, fetches, where, order, counting, seeking);
    }
}
