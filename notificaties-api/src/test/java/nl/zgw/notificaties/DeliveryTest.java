package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.notificaties.delivery.CircuitBreakers;
import nl.zgw.notificaties.delivery.DeliveryDispatcher;
import nl.zgw.notificaties.delivery.DeliveryPruning;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.StallingSubscriber;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.admin;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery: at least once per matching abonnement with retries (test profile: 0.1s..0.4s backoff, 3s retry window,
 * breaker after 3 failures), the failed list and re-delivery, the circuit breaker, and the ops counts.
 */
@QuarkusTest
class DeliveryTest {

    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    CircuitBreakers breakers;
    @Inject
    DeliveryPruning pruning;

    private static final String OPS = "/notificaties/ops/v1";

    private static List<String> publishMany(String kanaal, int n) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String m = message(kanaal, resourceUrl(), Map.of());
            publish(m).statusCode(200);
            messages.add(m);
        }
        return messages;
    }

    @Test
    void aSubscriberThatFailsForAWhileGetsEveryNotificationOnceItRecovers() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        List<String> sent = publishMany(k, 10);
        // it is tried and refused meanwhile
        await().atMost(Duration.ofSeconds(10)).until(() -> attemptsLogged(sub) >= 3);
        sub.state().mode = TestSubscriber.Mode.UP;
        await().atMost(Duration.ofSeconds(15)).until(() -> new HashSet<>(sub.state().received).size() == 10);
        assertEquals(new HashSet<>(sent), new HashSet<>(sub.state().received));
        as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void aSubscriberDownLongerThanTheRetryWindowEndsInTheFailedListAndCanBeRedelivered() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        List<String> sent = publishMany(k, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> failedCount(sub) == 3);
        var failed = as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().statusCode(200)
                .body("results[0].attempts", greaterThanOrEqualTo(1))
                .body("results[0].lastError", notNullValue())
                .body("results[0].notificatie.kanaal", equalTo(k))
                .extract();
        long jobId = failed.jsonPath().getLong("results[0].id");
        as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/deliveries/" + jobId + "/attempts").then()
                .statusCode(200).body("[0].statusCode", equalTo(503)).body("[0]", hasKey("durationMs"));
        assertEquals(0, sub.state().received.size());

        sub.state().mode = TestSubscriber.Mode.UP;
        as(admin()).post(OPS + "/abonnementen/" + sub.uuid() + "/redeliver").then().statusCode(200)
                .body("requeued", equalTo(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 3);
        assertEquals(new HashSet<>(sent), new HashSet<>(sub.state().received));
        assertEquals(0, failedCount(sub));
    }

    @Test
    void oneFailedDeliveryCanBeRedeliveredOnItsOwn() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        publishMany(k, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> failedCount(sub) == 2);
        long jobId = as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().extract()
                .jsonPath().getLong("results[0].id");
        sub.state().mode = TestSubscriber.Mode.UP;
        as(admin()).post(OPS + "/abonnementen/" + sub.uuid() + "/deliveries/" + jobId + "/redeliver").then()
                .statusCode(200).body("requeued", equalTo(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);
        assertEquals(1, failedCount(sub));
        as(admin()).post(OPS + "/abonnementen/" + sub.uuid() + "/deliveries/" + jobId + "/redeliver").then()
                .statusCode(404);
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.REDIRECT;
        publishMany(k, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> attemptsLogged(sub) >= 1);
        Map<String, Object> attempt = firstAttempt(sub);
        assertEquals(307, attempt.get("status_code"));
        assertEquals("HTTP 307", attempt.get("error"));
        assertEquals(0, sub.state().received.size());
        sub.state().mode = TestSubscriber.Mode.UP;
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);
    }

    /**
     * A subscriber that accepts connections but never answers must not hold up the others: the healthy one gets every
     * notification meanwhile, and it is the hanging abonnement's own circuit that opens (timeouts, 2s in tests).
     */
    @Test
    void oneHangingSubscriberDoesNotSlowTheOthers() throws Exception {
        String k = kanaal();
        Nrc.Sub healthy = Nrc.subscribe(k);
        Nrc.Sub hanging = Nrc.subscribe(k);
        String hangingId = String.valueOf(abonnementId(hanging));
        try (ServerSocket blackhole = new ServerSocket(0, 200)) {
            // point the abonnement at a socket that never answers (the test POST was made to the live one)
            setCallback(hanging, "http://localhost:" + blackhole.getLocalPort() + "/hook");
            List<String> sent = publishMany(k, 30);
            await().atMost(Duration.ofSeconds(10)).until(() -> healthy.state().received.size() == 30);
            assertEquals(new HashSet<>(sent), new HashSet<>(healthy.state().received));
            await().atMost(Duration.ofSeconds(20)).until(() -> openCircuits().containsKey(hangingId));
            assertTrue(Set.of("OPEN", "HALF_OPEN").contains(openCircuits().get(hangingId)));
            assertFalse(openCircuits().containsKey(String.valueOf(abonnementId(healthy))));
            assertEquals(0, failedCount(healthy));
            assertEquals(0, hanging.state().received.size());
        }
        as(Nrc.consumer()).delete(hanging.url()).then().statusCode(204);
    }

    /**
     * A subscriber that answers its headers at once and then stalls the body is cut off at the request timeout (2s in
     * tests): the attempt is a timeout failure and the delivery slot is free again, not held until the lease expires.
     */
    @Test
    void aSubscriberThatStallsItsResponseBodyIsCutOffAtTheRequestTimeout() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        try (StallingSubscriber stalling = new StallingSubscriber()) {
            setCallback(sub, stalling.url());
            publishMany(k, 1);
            await().atMost(Duration.ofSeconds(8)).until(() -> attemptsLogged(sub) >= 1);
            Map<String, Object> attempt = firstAttempt(sub);
            assertTrue(stalling.requests() >= 1, "the subscriber answered the headers");
            assertNull(attempt.get("status_code"));
            assertEquals("timeout: no complete response within 2000 ms", attempt.get("error"));
            int ms = (Integer) attempt.get("duration_ms");
            assertTrue(ms >= 2000 && ms < 3500, "cut off at the 2s request timeout, took " + ms + " ms");
        }
        as(Nrc.consumer()).delete(sub.url()).then().statusCode(204);
    }

    /** A deleted abonnement's circuit breaker is forgotten: at once in this process, at the next pruning in others. */
    @Test
    void theCircuitOfADeletedAbonnementIsForgotten() {
        Nrc.Sub sub = Nrc.subscribe(kanaal());
        long id = abonnementId(sub);
        breakers.failure(id);
        assertTrue(breakers.known().contains(id));
        as(Nrc.consumer()).delete(sub.url()).then().statusCode(204);
        assertFalse(breakers.known().contains(id));

        long deletedElsewhere = id + 1_000_000;
        breakers.failure(deletedElsewhere);
        assertTrue(breakers.known().contains(deletedElsewhere));
        pruning.prune();
        assertFalse(breakers.known().contains(deletedElsewhere));
    }

    /**
     * The monitoring counts move exactly with one abonnement's jobs: received (pending, due), then failed for good.
     * The dispatcher is suspended while the jobs are created so that nothing else moves the counts meanwhile.
     */
    @Test
    void statsCountPendingAndFailedJobs() {
        // earlier tests' jobs have settled (every one is delivered or failed within seconds in tests)
        await().atMost(Duration.ofSeconds(30)).until(() -> stats().getLong("pending") == 0);
        long failedBefore = stats().getLong("failed");
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        dispatcher.suspend();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.inFlight() == 0);
            publishMany(k, 2);
            var during = stats();
            assertEquals(2, during.getLong("pending"));
            assertEquals(2, during.getLong("pendingDue"));
            assertEquals(0, during.getLong("pendingRetryScheduled"));
            assertEquals(0, during.getLong("pendingInFlight"));
            assertEquals(failedBefore, during.getLong("failed"));
            assertEquals(0, during.getInt("inFlightThisProcess"));
        } finally {
            dispatcher.resume();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> failedCount(sub) == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> stats().getInt("inFlightThisProcess") == 0);
        var after = stats();
        assertEquals(0, after.getLong("pending"));
        assertEquals(0, after.getLong("oldestPendingAgeSeconds"));
        assertEquals(failedBefore + 2, after.getLong("failed"));
        as(Nrc.consumer()).delete(sub.url()).then().statusCode(204);
        assertEquals(failedBefore, stats().getLong("failed"));
    }

    private static io.restassured.path.json.JsonPath stats() {
        return as(admin()).get(OPS + "/deliveries/stats").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> openCircuits() {
        return stats().getMap("openCircuitsThisProcess");
    }

    @Test
    void opsAreProtectedAndOutsideTheApiRoot() {
        as(Nrc.consumer()).get(OPS + "/deliveries/stats").then().statusCode(403);
        as(Nrc.publisher()).get(OPS + "/deliveries/stats").then().statusCode(403);
        io.restassured.RestAssured.get(OPS + "/deliveries/stats").then().statusCode(403);
        as(admin()).get(ROOT + "/deliveries/stats").then().statusCode(404);
        as(admin()).get(OPS + "/abonnementen/" + java.util.UUID.randomUUID() + "/failed").then().statusCode(404);
    }

    static void setCallback(Nrc.Sub sub, String url) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.arc.Arc.container().instance(nl.zgw.notificaties.persistence.AbonnementRepository.class)
                        .get().update("callbackUrl = ?1 where uuid = ?2", url, java.util.UUID.fromString(sub.uuid())));
    }

    static long abonnementId(Nrc.Sub sub) {
        try (var c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .getConnection();
             var ps = c.prepareStatement("SELECT id FROM abonnement WHERE uuid = ?")) {
            ps.setObject(1, java.util.UUID.fromString(sub.uuid()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long failedCount(Nrc.Sub sub) {
        return as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    /** The first logged attempt of the abonnement: status_code, error, duration_ms. */
    static Map<String, Object> firstAttempt(Nrc.Sub sub) {
        try (var c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .getConnection();
             var ps = c.prepareStatement("SELECT t.status_code, t.error, t.duration_ms FROM delivery_attempt t"
                     + " JOIN abonnement a ON a.id = t.abonnement_id WHERE a.uuid = ? ORDER BY t.id LIMIT 1")) {
            ps.setObject(1, java.util.UUID.fromString(sub.uuid()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                Map<String, Object> m = new java.util.HashMap<>();
                m.put("status_code", rs.getObject(1));
                m.put("error", rs.getString(2));
                m.put("duration_ms", rs.getInt(3));
                return m;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long attemptsLogged(Nrc.Sub sub) {
        try (var c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .getConnection();
             var ps = c.prepareStatement("SELECT count(*) FROM delivery_attempt t JOIN abonnement a"
                     + " ON a.id = t.abonnement_id WHERE a.uuid = ?")) {
            ps.setObject(1, java.util.UUID.fromString(sub.uuid()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
