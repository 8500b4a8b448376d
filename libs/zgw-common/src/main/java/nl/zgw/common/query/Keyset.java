package nl.zgw.common.query;

import jakarta.persistence.EntityManager;

import java.util.Set;

/**
 * Lets {@link ListQueries} serve {@code page=N} by seeking from a known sort key instead of skipping N-1 pages with
 * OFFSET (the rows are the same on an unchanged table; {@link PageKeys} remembers the keys).
 *
 * @param paths   the order paths that are never null (a seek over a nullable column would lose or repeat the rows
 *                where it is null); an order using any other path is paged with OFFSET as before
 * @param version the version of the rows the list reads: it must differ after every committed insert, update or
 *                delete, from whatever instance, so a key learnt before a write is never used after it. Read in the
 *                request's transaction before the list's own statements.
 */
public record Keyset(Set<String> paths, Version version) {

    public Keyset {
        paths = Set.copyOf(paths);
    }

    /** The version of the list's rows as the database sees it now (e.g. a row count and a highest id). */
    @FunctionalInterface
    public interface Version {
        Object of(EntityManager em);
    }
}
