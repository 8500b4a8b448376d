package nl.zgw.common.query;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.filter.FilterObject;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.TypeFilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages served by a seek from a remembered key, or by ids past an OFFSET, are the pages plain OFFSET gives: the 75 of
 * the 101 rows of zgw_test_filter_object a client may see, in pages of 7, in orders with ties broken by the id. Each
 * test pages under its own version, so no test finds another's keys.
 */
@QuarkusTest
class KeysetDatabaseTest {

    private static final AtomicLong VERSIONS = new AtomicLong();

    @Inject
    ListQueries queries;

    @Inject
    PageKeys pageKeys;

    private static final TypeFilter ODD_OPENBAAR_EVEN_ALL = TypeFilter.of(List.of(
            new TypeFilter.Grant("http://ztc/zaaktypen/1", List.of("openbaar")),
            new TypeFilter.Grant("http://ztc/zaaktypen/0", List.of("openbaar", "geheim"))));

    /** The list under a version of its own, which {@code version[0]} may change like a write would. */
    private static ListQuery<FilterObject> list(String order, long[] version) {
        return ListQuery.of(FilterObject.class, "o").orderBy(order)
                .where(new Where().and(ODD_OPENBAAR_EVEN_ALL, "o.zaaktype", "o.vertrouwelijkheidaanduiding"))
                .keyset(new Keyset(Set.of("o.id", "o.soort", "o.aantal", "o.naam"), em -> version[0]));
    }

    private static long[] newVersion() {
        return new long[]{VERSIONS.incrementAndGet()};
    }

    private List<String> offsetPage(ListQuery<FilterObject> q, int page) {
        return names(queries.slice(q.keyset(null), new PageRequest(page, 7)));
    }

    private List<String> page(ListQuery<FilterObject> q, int page) {
        return names(queries.slice(q, new PageRequest(page, 7)));
    }

    private static List<String> names(Slice<FilterObject> slice) {
        return slice.rows().stream().map(o -> o.naam).toList();
    }

    @Test
    void walkingThroughTheListSeeksEveryPageAfterTheFirstAndGivesTheOffsetPages() {
        for (String order : List.of("o.id", "o.soort desc, o.id", "o.soort, o.aantal desc, o.id", "o.naam desc, o.id")) {
            ListQuery<FilterObject> q = list(order, newVersion());
            List<String> walked = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int p = 1; p <= 11; p++) {
                long seeks = pageKeys.seeks();
                List<String> rows = page(q, p);
                assertEquals(p == 1 ? seeks : seeks + 1, pageKeys.seeks(), order + " page " + p);
                assertEquals(offsetPage(q, p), rows, order + " page " + p);
                walked.addAll(rows);
                expected.addAll(offsetPage(q, p));
            }
            assertEquals(75, walked.size(), order);
            assertEquals(expected, walked, order);
            assertEquals(List.of(), page(q, 12), order);
        }
    }

    @Test
    void aDeepPageIsTakenByIdsFirstAndThenServedAgainBySeeking() {
        ListQuery<FilterObject> q = list("o.soort desc, o.naam, o.id", newVersion());
        long seeks = pageKeys.seeks();
        assertEquals(offsetPage(q, 9), page(q, 9));
        assertEquals(seeks, pageKeys.seeks());
        assertEquals(offsetPage(q, 9), page(q, 9));
        assertEquals(offsetPage(q, 10), page(q, 10));
        assertEquals(seeks + 2, pageKeys.seeks());
        assertEquals(75, queries.slice(q, new PageRequest(10, 7)).count());
    }

    @Test
    void anotherVersionOfTheRowsFindsNoKeys() {
        long[] version = newVersion();
        ListQuery<FilterObject> q = list("o.aantal desc, o.id", version);
        page(q, 3);
        version[0] = VERSIONS.incrementAndGet();
        long seeks = pageKeys.seeks();
        assertEquals(offsetPage(q, 4), page(q, 4));
        assertEquals(offsetPage(q, 3), page(q, 3));
        assertEquals(seeks, pageKeys.seeks());
    }

    @Test
    void anotherFilterFindsNoKeysOfThisOne() {
        long[] version = newVersion();
        ListQuery<FilterObject> q = list("o.id", version);
        page(q, 2);
        ListQuery<FilterObject> kleiner = q.where(new Where().and("o.aantal > ?", 40)
                .and(ODD_OPENBAAR_EVEN_ALL, "o.zaaktype", "o.vertrouwelijkheidaanduiding"));
        long seeks = pageKeys.seeks();
        assertEquals(offsetPage(kleiner, 3), page(kleiner, 3));
        assertEquals(seeks, pageKeys.seeks());
    }

    @Test
    void anOrderOverANullablePathPagesWithOffset() {
        ListQuery<FilterObject> q = list("o.einde desc, o.id", newVersion());
        page(q, 2);
        long seeks = pageKeys.seeks();
        assertEquals(offsetPage(q, 3), page(q, 3));
        assertEquals(seeks, pageKeys.seeks());
    }
}
