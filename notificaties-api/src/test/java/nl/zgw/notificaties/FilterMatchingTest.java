package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.domain.FilterMatch;
import nl.zgw.notificaties.support.Nrc;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing (standard 8.3): every abonnement with a kanalen entry for the message's kanaal whose filters match gets it;
 * a filter value must equal the kenmerk or be "*", filters on absent kenmerken are ignored, no filters match all.
 */
@QuarkusTest
class FilterMatchingTest {

    @Test
    void rules() {
        assertTrue(FilterMatch.matches(Map.of(), Map.of("a", "1")));
        assertTrue(FilterMatch.matches(Map.of("a", "1"), Map.of("a", "1", "b", "2")));
        assertFalse(FilterMatch.matches(Map.of("a", "1"), Map.of("a", "2")));
        assertTrue(FilterMatch.matches(Map.of("a", "*"), Map.of("a", "2")));
        assertTrue(FilterMatch.matches(Map.of("c", "3"), Map.of("a", "2")));
        assertFalse(FilterMatch.matches(Map.of("a", "1", "b", "x"), Map.of("a", "1", "b", "2")));
        assertTrue(FilterMatch.matches(Map.of("verantwoordelijke_organisatie", "1"),
                Map.of("verantwoordelijkeOrganisatie", "1")));
        assertFalse(FilterMatch.matches(Map.of("verantwoordelijkeOrganisatie", "1"),
                Map.of("verantwoordelijke_organisatie", "2")));
    }

    /**
     * Exact counts without relying on delivery order: the jobs of a message are created when it is received, so once a
     * later sentinel (no kenmerken, so it passes every filter) has reached every abonnement and none of them has a
     * pending job left, every delivery of the messages before it has happened or never will.
     */
    @Test
    void onlyMatchingAbonnementenReceiveTheMessage() {
        String k = kanaal("bronorganisatie", "zaaktype");
        String other = kanaal();
        Nrc.Sub all = Nrc.subscribe(k);
        Nrc.Sub exact = Nrc.subscribe(List.of(Map.of("naam", k, "filters", Map.of("bronorganisatie", "111"))));
        Nrc.Sub wildcard = Nrc.subscribe(List.of(Map.of("naam", k, "filters", Map.of("zaaktype", "*"))));
        Nrc.Sub wrongValue = Nrc.subscribe(List.of(Map.of("naam", k, "filters", Map.of("bronorganisatie", "222"))));
        Nrc.Sub otherKanaal = Nrc.subscribe(other);
        Nrc.Sub secondEntry = Nrc.subscribe(List.of(Map.of("naam", other),
                Map.of("naam", k, "filters", Map.of("bronorganisatie", "222")),
                Map.of("naam", k, "filters", Map.of("bronorganisatie", "111"))));
        List<Nrc.Sub> subs = List.of(all, exact, wildcard, wrongValue, otherKanaal, secondEntry);

        String matching = message(k, resourceUrl(), Map.of("bronorganisatie", "111", "zaaktype", "zt"));
        publish(matching).statusCode(200);
        // only "all" and "wildcard" want this one
        String otherValue = message(k, resourceUrl(), Map.of("bronorganisatie", "999", "zaaktype", "zt"));
        publish(otherValue).statusCode(200);
        String sentinel = message(k, resourceUrl(), Map.of());
        String otherSentinel = message(other, resourceUrl(), Map.of());
        publish(sentinel).statusCode(200);
        publish(otherSentinel).statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() ->
                subs.stream().allMatch(s -> s.state().received.contains(sentinel)
                        || s.state().received.contains(otherSentinel)) && pendingJobs(subs) == 0);
        assertEquals(List.of(matching, otherValue, sentinel), sorted(all, matching, otherValue, sentinel));
        assertEquals(List.of(matching, sentinel), sorted(exact, matching, otherValue, sentinel));
        assertEquals(List.of(matching, otherValue, sentinel), sorted(wildcard, matching, otherValue, sentinel));
        assertEquals(List.of(sentinel), sorted(wrongValue, matching, otherValue, sentinel));
        assertEquals(List.of(otherSentinel), otherKanaal.state().received);
        // two entries on k (one matching): the message once; and the sentinels of both kanalen
        assertEquals(3, secondEntry.state().received.size());
        assertEquals(1, secondEntry.state().received.stream().filter(matching::equals).count());
        assertTrue(secondEntry.state().received.containsAll(List.of(sentinel, otherSentinel)));
    }

    /** What the subscriber received, in the order of {@code order} (delivery order is not guaranteed). */
    private static List<String> sorted(Nrc.Sub sub, String... order) {
        List<String> in = List.of(order);
        return sub.state().received.stream().sorted(java.util.Comparator.comparingInt(in::indexOf)).toList();
    }

    private static long pendingJobs(List<Nrc.Sub> subs) {
        try (var c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .getConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM delivery_job j JOIN abonnement a"
                     + " ON a.id = j.abonnement_id WHERE j.status = 'pending' AND a.uuid = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", subs.stream().map(s -> java.util.UUID.fromString(s.uuid()))
                    .toArray()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void snakeCaseFilterMatchesCamelCaseKenmerk() {
        String k = kanaal("verantwoordelijke_organisatie");
        Nrc.Sub sub = Nrc.subscribe(List.of(Map.of("naam", k,
                "filters", Map.of("verantwoordelijke_organisatie", "123456782"))));
        Nrc.Sub not = Nrc.subscribe(List.of(Map.of("naam", k,
                "filters", Map.of("verantwoordelijkeOrganisatie", "000000000"))));
        Nrc.Sub all = Nrc.subscribe(k);
        publish(message(k, resourceUrl(), Map.of("verantwoordelijkeOrganisatie", "123456782"))).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1
                && all.state().received.size() == 1);
        assertEquals(0, not.state().received.size());
    }
}
