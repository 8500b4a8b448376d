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

        publish(message(k, resourceUrl(), Map.of("bronorganisatie", "111", "zaaktype", "zt"))).statusCode(200);
        String marker = resourceUrl();
        // a second message that only "all" and "wildcard" want, so the negatives have had their chance
        publish(message(k, marker, Map.of("bronorganisatie", "999", "zaaktype", "zt"))).statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> all.state().received.size() == 2
                && wildcard.state().received.size() == 2 && exact.state().received.size() == 1
                && secondEntry.state().received.size() == 1);
        assertEquals(0, wrongValue.state().received.size());
        assertEquals(0, otherKanaal.state().received.size());
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
