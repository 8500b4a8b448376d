package nl.zgw.common.query;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order as seek columns, and the seek condition for each shape of order. */
class SortKeyTest {

    private static final Set<String> PATHS = Set.of("e.id", "e.identificatie", "e.startdatum");

    private static String after(String order, boolean inclusive, Object... values) {
        List<Object> bound = new ArrayList<>();
        String condition = SortKey.of(order, PATHS).orElseThrow().after(List.of(values), inclusive, v -> {
            bound.add(v);
            return ":p" + (bound.size() - 1);
        });
        assertEquals(List.of(values), bound);
        return condition;
    }

    @Test
    void theColumnsAndDirectionsOfAnOrder() {
        assertEquals(Optional.of(new SortKey(List.of(new SortKey.Column("e.identificatie", true),
                new SortKey.Column("e.id", false)))), SortKey.of("e.identificatie desc, e.id", PATHS));
        assertEquals("e.startdatum, e.id", SortKey.of("e.startdatum asc, e.id ASC", PATHS).orElseThrow().select());
    }

    @Test
    void anOrderOverOtherPathsOrExpressionsIsNotSought() {
        assertEquals(Optional.empty(), SortKey.of("e.einddatum desc, e.id", PATHS));
        assertEquals(Optional.empty(), SortKey.of("lower(e.identificatie), e.id", PATHS));
        assertEquals(Optional.empty(), SortKey.of("e.id nulls last", PATHS));
        assertEquals(Optional.empty(), SortKey.of("e.id sideways", PATHS));
    }

    @Test
    void oneColumnIsOneComparison() {
        assertEquals("e.id > :p0", after("e.id", false, 7L));
        assertEquals("e.id >= :p0", after("e.id", true, 7L));
        assertEquals("e.id < :p0", after("e.id desc", false, 7L));
    }

    @Test
    void mixedDirectionsNestTheTieBreakersBehindALeadingBound() {
        assertEquals("e.identificatie <= :p0 and (e.identificatie < :p0 or (e.identificatie = :p0 and e.id > :p1))",
                after("e.identificatie desc, e.id", false, "Z-2", 7L));
        assertEquals("e.startdatum >= :p0 and (e.startdatum > :p0 or (e.startdatum = :p0 and"
                        + " (e.identificatie < :p1 or (e.identificatie = :p1 and e.id >= :p2))))",
                after("e.startdatum, e.identificatie desc, e.id", true, "2024-01-01", "Z-2", 7L));
    }
}
