package nl.zgw.common.persistence;

import java.util.Collection;
import java.util.UUID;

/**
 * "Path equals one of these values" in HQL, with the values bound as one array: PostgreSQL plans
 * {@code x = any(array)} as it plans {@code x in (...)}, index and all, but the statement stays the same whatever the
 * number of values, so Hibernate translates it once. It does not cache its translation of a query with an {@code in}
 * list parameter, and translated the list query of a restricted client anew on every request (bench/zaken: a third
 * of that request's CPU).
 */
public final class AnyOf {

    private AnyOf() {
    }

    /** The condition on {@code path} with the array bound at {@code placeholder} (a value of {@link #array}). */
    public static String condition(String path, String placeholder) {
        return "cast(sql('(? = any(?))', " + path + ", " + placeholder + ") as Boolean)";
    }

    public static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** UUIDs as the array {@link #condition} binds ({@code uuid__in}). */
    public static UUID[] uuids(Collection<UUID> values) {
        return values.toArray(UUID[]::new);
    }
}
