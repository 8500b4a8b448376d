package nl.zgw.common.query;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;

import java.util.List;
import java.util.function.Function;

/**
 * Runs a {@link ListQuery}: its count (by the query's {@link Counting}), then one page of rows in one typed,
 * parameterised select (related rows come from the fetch joins or the caller's batch queries, never one query per
 * row). The entity name comes from the JPA metamodel of the class, never from a string.
 */
@RequestScoped
public class ListQueries {

    private final EntityManager em;
    private final Paginator paginator;

    public ListQueries(EntityManager em, Paginator paginator) {
        this.em = em;
        this.paginator = paginator;
    }

    /** The count and the rows of one page; no select when the page is empty. */
    public <E> Slice<E> slice(ListQuery<E> q, PageRequest page) {
        if (q.where().isNothing()) {
            return new Slice<>(0, List.of());
        }
        long count = q.counting().count(em, from(q, q.joins()), q.alias(), q.where());
        if (count == 0 || page.offset() >= count) {
            return new Slice<>(count, List.of());
        }
        List<E> rows = q.where().bindTo(em.createQuery(select(q), q.type()))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Slice<>(count, rows);
    }

    /**
     * The standard's envelope of one page: {@code count}, absolute {@code next}/{@code previous} keeping the other
     * parameters, the rows rendered by {@code render} (a whole page at once, so it can batch); 404 past the end.
     */
    public <E, T> Page<T> page(ListQuery<E> q, PageRequest page, Function<List<E>, List<T>> render) {
        Slice<E> slice = slice(q, page);
        List<T> rendered = slice.rows().isEmpty() ? List.of() : render.apply(slice.rows());
        return paginator.page(page, slice.count(), rendered, t -> t);
    }

    /** Every row, for the lists the standard does not paginate (Notificaties). */
    public <E> List<E> all(ListQuery<E> q) {
        if (q.where().isNothing()) {
            return List.of();
        }
        return q.where().bindTo(em.createQuery(select(q), q.type())).getResultList();
    }

    private <E> String select(ListQuery<E> q) {
        String joins = q.fetches().isEmpty() ? q.joins() : q.fetches();
        return "select " + q.alias() + from(q, joins) + q.where().jpql() + " order by " + q.order();
    }

    private String from(ListQuery<?> q, String joins) {
        return " from " + em.getMetamodel().entity(q.type()).getName() + " " + q.alias()
                + (joins.isEmpty() ? "" : " " + joins);
    }
}
