package nl.zgw.common.sync;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.support.TestSynchronisatie;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Persisted synchronisations: planned in the change's transaction, carried out after commit, retried with backoff
 * while the other side fails, in planning order per sleutel, and picked up from the table whoever planned them.
 */
@QuarkusTest
class SynchronisatieTest {

    @Inject
    Synchronisaties synchronisaties;
    @Inject
    SynchronisatieRelay relay;
    @Inject
    TestSynchronisatie handler;
    @Inject
    AgroalDataSource dataSource;

    private static String sleutel() {
        return "test:" + UUID.randomUUID();
    }

    @Test
    void aCommittedPlanIsCarriedOutWithItsGegevensAndTheRowIsGone() {
        String sleutel = sleutel();
        QuarkusTransaction.requiringNew().run(() ->
                synchronisaties.plan(TestSynchronisatie.SOORT, sleutel, Map.of("stap", "aanmaken", "n", 7)));

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.uitgevoerd(sleutel).size() == 1);
        Synchronisatie s = handler.uitgevoerd(sleutel).get(0);
        assertEquals("aanmaken", s.gegevens().path("stap").asText());
        assertEquals(7, s.gegevens().path("n").asInt());
        assertEquals(1, s.poging());
        await().atMost(Duration.ofSeconds(5)).until(() -> relay.openstaand(sleutel).isEmpty());
    }

    @Test
    void aRolledBackPlanIsNeverCarriedOut() {
        String sleutel = sleutel();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            synchronisaties.plan(TestSynchronisatie.SOORT, sleutel, Map.of("stap", "aanmaken"));
            throw new IllegalStateException("the change fails");
        }));
        String later = sleutel();
        QuarkusTransaction.requiringNew().run(() ->
                synchronisaties.plan(TestSynchronisatie.SOORT, later, Map.of("stap", "aanmaken")));
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.uitgevoerd(later).size() == 1);
        assertEquals(0, handler.attempts(sleutel));
        assertTrue(relay.openstaand(sleutel).isEmpty());
    }

    @Test
    void whileTheOtherSideFailsTheRowStaysWithItsErrorAndIsRetriedUntilItSucceeds() {
        String sleutel = sleutel();
        handler.failNext(sleutel, 3);
        QuarkusTransaction.requiringNew().run(() ->
                synchronisaties.plan(TestSynchronisatie.SOORT, sleutel, Map.of("stap", "aanmaken")));

        await().atMost(Duration.ofSeconds(10)).until(() -> handler.attempts(sleutel) >= 1
                && !relay.openstaand(sleutel).isEmpty() && relay.openstaand(sleutel).get(0).laatsteFout() != null);
        SynchronisatieRelay.Openstaand open = relay.openstaand(sleutel).get(0);
        assertEquals("other side down (aanmaken)", open.laatsteFout());
        assertEquals(TestSynchronisatie.SOORT, open.soort());

        await().atMost(Duration.ofSeconds(15)).until(() -> handler.uitgevoerd(sleutel).size() == 1);
        assertEquals(4, handler.attempts(sleutel));
        assertEquals(4, handler.uitgevoerd(sleutel).get(0).poging());
        await().atMost(Duration.ofSeconds(5)).until(() -> relay.openstaand(sleutel).isEmpty());
    }

    @Test
    void rowsOfOneSleutelRunInPlanningOrderEvenWhenTheFirstHasToWait() {
        String sleutel = sleutel();
        handler.failNext(sleutel, 2);
        QuarkusTransaction.requiringNew().run(() -> {
            synchronisaties.plan(TestSynchronisatie.SOORT, sleutel, Map.of("stap", "aanmaken"));
            synchronisaties.plan(TestSynchronisatie.SOORT, sleutel, Map.of("stap", "verwijderen"));
        });

        await().atMost(Duration.ofSeconds(15)).until(() -> handler.uitgevoerd(sleutel).size() == 2);
        List<String> stappen = handler.uitgevoerd(sleutel).stream()
                .map(s -> s.gegevens().path("stap").asText()).toList();
        assertEquals(List.of("aanmaken", "verwijderen"), stappen);
        // the delete never ran while the create was failing: two failed creates, one create, one delete
        assertEquals(4, handler.attempts(sleutel));
    }

    @Test
    void aRowInTheTableIsCarriedOutWhoeverWroteIt() throws Exception {
        // as a row planned by a process that stopped before relaying it
        String sleutel = sleutel();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO zgw_synchronisatie (soort, sleutel, gegevens, attempts, last_error)"
                        + " VALUES (?, ?, CAST(? AS jsonb), 2, 'killed mid-way')")) {
            ps.setString(1, TestSynchronisatie.SOORT);
            ps.setString(2, sleutel);
            ps.setString(3, "{\"stap\":\"na-herstart\"}");
            ps.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.uitgevoerd(sleutel).size() == 1);
        assertEquals("na-herstart", handler.uitgevoerd(sleutel).get(0).gegevens().path("stap").asText());
        assertEquals(3, handler.uitgevoerd(sleutel).get(0).poging());
    }

    @Test
    void planningASoortWithoutHandlerIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                synchronisaties.plan("onbekend", sleutel(), Map.of())));
    }

    @Test
    void backoffDoublesUpToTheMaximumWithJitter() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            Duration d = relay.backoff(attempt);
            assertTrue(d.compareTo(Duration.ofMillis(400)) <= 0, "attempt " + attempt + ": " + d);
            assertTrue(d.compareTo(Duration.ofMillis(50)) >= 0, "attempt " + attempt + ": " + d);
        }
    }
}
