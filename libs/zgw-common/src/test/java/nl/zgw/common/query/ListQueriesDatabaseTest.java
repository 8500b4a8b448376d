package nl.zgw.common.query;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.filter.FilterObject;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.TypeFilter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list query helper on PostgreSQL (101 rows of zgw_test_filter_object: zaaktype .../0 for even aantal,
 * .../1 for odd; openbaar up to 50, geheim above): filter and autorisatie predicate in one statement, order, page,
 * count, and the counting strategy.
 */
@QuarkusTest
class ListQueriesDatabaseTest {

    @Inject
    ListQueries queries;

    private static final TypeFilter ODD_OPENBAAR = TypeFilter.of(List.of(
            new TypeFilter.Grant("http://ztc/zaaktypen/1", List.of("openbaar"))));

    private static ListQuery<FilterObject> query() {
        return ListQuery.of(FilterObject.class, "o");
    }

    private static List<Integer> aantallen(Slice<FilterObject> slice) {
        return slice.rows().stream().map(o -> o.aantal).toList();
    }

    @Test
    void theAutorisatiePredicateJoinsTheFilterConditionsWithoutNameClashes() {
        Where where = new Where().and("o.aantal <= ?", 10).and(ODD_OPENBAAR, "o.zaaktype",
                "o.vertrouwelijkheidaanduiding");
        Slice<FilterObject> slice = queries.slice(query().where(where), new PageRequest(1, 100));
        assertEquals(5, slice.count());
        assertEquals(List.of(1, 3, 5, 7, 9), aantallen(slice));
        assertEquals(25, queries.slice(query().where(new Where().and(ODD_OPENBAAR, "o.zaaktype",
                "o.vertrouwelijkheidaanduiding")), new PageRequest(1, 100)).count());
    }

    @Test
    void typeOnlyPredicateForComponentsWithoutVertrouwelijkheid() {
        Where where = new Where().and(ODD_OPENBAAR, "o.zaaktype", null);
        assertEquals(51, queries.slice(query().where(where), new PageRequest(1, 10)).count());
    }

    @Test
    void nothingAllowedIsNoRowsWithoutAQuery() {
        Counting refuse = (em, from, alias, where) -> {
            throw new AssertionError("counted although nothing may be seen");
        };
        Slice<FilterObject> slice = queries.slice(query().counting(refuse)
                .where(new Where().and(TypeFilter.of(List.of()), "o.zaaktype", null)), new PageRequest(1, 100));
        assertEquals(0, slice.count());
        assertEquals(List.of(), slice.rows());
        assertEquals(101, queries.slice(query().where(new Where().and(TypeFilter.everything(), "o.zaaktype",
                "o.vertrouwelijkheidaanduiding")), new PageRequest(2, 100)).count());
    }

    @Test
    void orderAndPageAreTheDatabasesAndTheCountIsTheWholeList() {
        Slice<FilterObject> page2 = queries.slice(query().orderBy("o.aantal desc"), new PageRequest(2, 40));
        assertEquals(101, page2.count());
        assertEquals(40, page2.rows().size());
        assertEquals(61, page2.rows().get(0).aantal);
        assertEquals(22, page2.rows().get(39).aantal);
        Slice<FilterObject> past = queries.slice(query(), new PageRequest(4, 40));
        assertEquals(101, past.count());
        assertEquals(List.of(), past.rows());
    }

    @Test
    void theCountingIsAStrategy() {
        int[] calls = {0};
        Counting counted = (em, from, alias, where) -> {
            calls[0]++;
            assertEquals(" from FilterObject o", from);
            return Counting.EXACT.count(em, from, alias, where);
        };
        Slice<FilterObject> slice = queries.slice(query().counting(counted).where(new Where().and("o.actief = ?", true)),
                new PageRequest(1, 100));
        assertEquals(1, calls[0]);
        assertEquals(50, slice.count());
    }

    @Test
    void allRowsForAnUnpaginatedList() {
        assertEquals(List.of(3, 2, 1), queries.all(query().where(new Where().and("o.aantal < ?", 4))
                .orderBy("o.aantal desc")).stream().map(o -> o.aantal).toList());
    }
}
