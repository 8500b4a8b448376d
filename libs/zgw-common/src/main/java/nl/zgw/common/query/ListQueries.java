package nl.zgw.common.query;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.persistence.AlleenLezen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a {@link ListQuery}: its count (by the query's {@link Counting}), then one page of rows in one typed,
 * parameterised select (related rows come from the fetch joins or the caller's batch queries, never one query per
 * row). The entity name comes from the JPA metamodel of the class, never from a string. A query with a
 * {@link Keyset} seeks to a page whose start {@link PageKeys} knows, and takes other deep pages by id first.
 */
@RequestScoped
public class ListQueries {

    private final EntityManager em;
    private final Paginator paginator;
    private final PageKeys pageKeys;

    public ListQueries(EntityManager em, Paginator paginator, PageKeys pageKeys) {
        this.em = em;
        this.paginator = paginator;
        this.pageKeys = pageKeys;
    }

    /** The count and the rows of one page; no select when the page is empty. */
    public <E> Slice<E> slice(ListQuery<E> q, PageRequest page) {
        if (q.where().isNothing()) {
            return new Slice<>(0, List.of());
        }
        Optional<SortKey> key = q.keyset() == null ? Optional.empty() : SortKey.of(q.order(), q.keyset().paths());
        // before the list's own statements: a key learnt from rows this version does not cover is never found by a
        // request that sees the newer version
        Object version = key.isPresent() ? q.keyset().version().of(em) : null;
        long count = q.counting().count(em, from(q, q.joins()), q.alias(), q.where());
        if (count == 0 || page.offset() >= count) {
            return new Slice<>(count, List.of());
        }
        if (key.isPresent()) {
            return new Slice<>(count, keyed(q, page, key.get(), new PageKeys.Query(select(q),
                    q.where().parameters(), version)));
        }
        List<E> rows = q.where().bindTo(em.createQuery(select(q), q.type()))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Slice<>(count, rows);
    }

    /**
     * The standard's envelope of one page: {@code count}, absolute {@code next}/{@code previous} keeping the other
     * parameters, the rows rendered by {@code render} (a whole page at once, so it can batch); 404 past the end.
     * Read-only ({@link AlleenLezen}): a page is read, never written.
     */
    public <E, T> Page<T> page(ListQuery<E> q, PageRequest page, Function<List<E>, List<T>> render) {
        return AlleenLezen.binnen(em, () -> {
            Slice<E> slice = slice(q, page);
            List<T> rendered = slice.rows().isEmpty() ? List.of() : render.apply(slice.rows());
            return paginator.page(page, slice.count(), rendered, t -> t);
        });
    }

    /** Every row, for the lists the standard does not paginate (Notificaties). */
    public <E> List<E> all(ListQuery<E> q) {
        if (q.where().isNothing()) {
            return List.of();
        }
        return q.where().bindTo(em.createQuery(select(q), q.type())).getResultList();
    }

    /**
     * One page of a list that may seek: from a known key (or page 1) in one select with the row's sort values;
     * otherwise, past an OFFSET, the ids and sort values first (the database can skip over an index that covers
     * the order and the conditions without reading the table) and then those rows by id. Either way the page's
     * first and last keys are remembered for the next request.
     */
    private <E> List<E> keyed(ListQuery<E> q, PageRequest page, SortKey key, PageKeys.Query query) {
        Optional<PageKeys.Seek> seek = page.page() == 1 ? Optional.empty() : pageKeys.seek(query, page.page());
        List<E> rows = new ArrayList<>();
        List<Tuple> tuples;
        if (seek.isPresent() || page.offset() == 0) {
            Where where = q.where().copy();
            seek.ifPresent(s -> where.and(key.after(s.values(), s.inclusive(), where::bind)));
            String joins = q.fetches().isEmpty() ? q.joins() : q.fetches();
            tuples = where.bindTo(em.createQuery("select " + q.alias() + ", " + key.select() + from(q, joins)
                    + where.jpql() + " order by " + q.order(), Tuple.class)).setMaxResults(page.size()).getResultList();
            tuples.forEach(t -> rows.add(q.type().cast(t.get(0))));
        } else {
            tuples = q.where().bindTo(em.createQuery("select " + q.alias() + ".id, " + key.select()
                            + from(q, q.joins()) + q.where().jpql() + " order by " + q.order(), Tuple.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            rows.addAll(byId(q, tuples.stream().map(t -> t.get(0)).toList()));
        }
        if (!tuples.isEmpty()) {
            pageKeys.learn(query, page.page(), values(tuples.get(0)), values(tuples.get(tuples.size() - 1)));
        }
        return rows;
    }

    /** The rows with these ids (with the list's fetch joins), in the order of {@code ids}. */
    private <E> List<E> byId(ListQuery<E> q, List<Object> ids) {
        Map<Object, E> found = new HashMap<>();
        em.createQuery("select " + q.alias() + ".id, " + q.alias() + from(q, q.fetches()) + " where " + q.alias()
                        + ".id in :ids", Tuple.class).setParameter("ids", ids).getResultList()
                .forEach(t -> found.put(t.get(0), q.type().cast(t.get(1))));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The sort values of a row selected as (row or id, the sort key's columns...). */
    private static List<Object> values(Tuple t) {
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < t.getElements().size(); i++) {
            values.add(t.get(i));
        }
        return values;
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
