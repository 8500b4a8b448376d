package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.StallingSubscriber;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery: at least once per matching abonnement with retries (test profile: 0.1s..0.4s backoff, 3s retry window,
 * breaker after 3 failures), the failed list and re-delivery, the circuit breaker, and the ops counts.
 */
@QuarkusTest
class DeliveryTest {

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
        sub.state().mode = TestSubscriber.Mode.UP;
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);
    }

    /** A subscriber that accepts connections but never answers must not hold up the others. */
    @Test
    void oneHangingSubscriberDoesNotSlowTheOthers() throws Exception {
        String k = kanaal();
        Nrc.Sub healthy = Nrc.subscribe(k);
        Nrc.Sub hanging = Nrc.subscribe(k);
        try (ServerSocket blackhole = new ServerSocket(0, 200)) {
            // point the abonnement at a socket that never answers (the test POST was made to the live one)
            setCallback(hanging, "http://localhost:" + blackhole.getLocalPort() + "/hook");
            Instant start = Instant.now();
            publishMany(k, 30);
            await().atMost(Duration.ofSeconds(10)).until(() -> healthy.state().received.size() == 30);
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10);
            // the hanging one times out (2s in tests) and its circuit opens after 3 failures
            await().atMost(Duration.ofSeconds(20)).until(() -> as(admin()).get(OPS + "/deliveries/stats")
                    .then().extract().jsonPath().getMap("openCircuitsThisProcess").size() > 0);
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

    @Test
    void statsCountPendingAndFailedJobs() {
        as(admin()).get(OPS + "/deliveries/stats").then().statusCode(200)
                .body("$", hasKey("pending")).body("$", hasKey("failed")).body("$", hasKey("pendingDue"))
                .body("$", hasKey("pendingRetryScheduled")).body("$", hasKey("pendingInFlight"))
                .body("$", hasKey("oldestPendingAgeSeconds"));
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
