package nl.zgw.common.events;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.zgw.common.security.jwt.ServiceTokens;
import nl.zgw.common.support.TestKanaal;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The transactional outbox: a notification commits with the change, is relayed after commit, survives a receiver
 * that fails for a while, and is re-sent when the relay never saw the receiver's answer (at least once). No
 * database transaction spans a send: rows are leased, so a slow receiver drains and a killed relay loses nothing.
 */
@QuarkusTest
class OutboxTest {

    @InjectWireMock
    WireMockServer nrc;
    @Inject
    NotificatieOutbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    NotificatiesClient client;
    @Inject
    ZgwNotificatiesConfig config;
    @Inject
    ServiceTokens tokens;
    @Inject
    ObjectMapper mapper;
    @Inject
    Instance<KanaalDefinitie> kanalen;

    @BeforeEach
    void nrcAcceptsEverything() {
        nrc.resetAll();
        nrc.stubFor(get(urlPathEqualTo("/nrc/api/v1/kanaal")).willReturn(okJson("[]")));
        nrc.stubFor(post("/nrc/api/v1/kanaal").willReturn(jsonResponse("{}", 201)));
        nrc.stubFor(post("/nrc/api/v1/notificaties").willReturn(okJson("{}")));
        relay.resume();
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.registeredKanalen().contains(TestKanaal.NAAM));
        nrc.resetRequests();
    }

    private static Notificatie notificatie(String marker) {
        return new Notificatie(TestKanaal.NAAM, "http://things/" + marker, "thing", "http://things/" + marker,
                "create", OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC), Map.of("soort", "test"));
    }

    private List<LoggedRequest> received(String marker) {
        return nrc.findAll(postRequestedFor(urlEqualTo("/nrc/api/v1/notificaties"))
                .withRequestBody(containing(marker)));
    }

    private long rowsFor(String marker) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM zgw_outbox WHERE payload::text LIKE ?")) {
            ps.setString(1, "%" + marker + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void committedNotificationIsRelayedWithTheExactMessageAndServiceToken() {
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(marker)));

        await().atMost(Duration.ofSeconds(10)).until(() -> received(marker).size() == 1);
        LoggedRequest request = received(marker).get(0);
        assertTrue(request.getHeader("Authorization").startsWith("Bearer "));
        assertEquals("application/json", request.getHeader("Content-Type"));
        nrc.verify(postRequestedFor(urlEqualTo("/nrc/api/v1/notificaties")).withRequestBody(equalToJson("""
                {"kanaal": "things", "hoofdObject": "http://things/%1$s", "resource": "thing",
                 "resourceUrl": "http://things/%1$s", "actie": "create",
                 "aanmaakdatum": "2026-11-29T10:00:00Z", "kenmerken": {"soort": "test"}}
                """.formatted(marker))));
        await().atMost(Duration.ofSeconds(5)).until(() -> rowsFor(marker) == 0);
    }

    @Test
    void theKanaalIsRegisteredBeforeTheFirstNotification() {
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(marker)));
        await().atMost(Duration.ofSeconds(10)).until(() -> received(marker).size() == 1);
        // registered at startup or before the first send; either way it exists at the NRC by now
        assertTrue(relay.registeredKanalen().contains(TestKanaal.NAAM));
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(notificatie(marker));
            throw new IllegalStateException("the change fails after the notification was written");
        }));
        assertEquals(0, rowsFor(marker));
        relay.relayDue();
        assertTrue(received(marker).isEmpty());
    }

    @Test
    void aReceiverAnswering500ForAWhileStillGetsTheNotification() throws Exception {
        nrc.resetAll();
        nrc.stubFor(get(urlPathEqualTo("/nrc/api/v1/kanaal")).willReturn(okJson("[{\"naam\": \"things\"}]")));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("down-1"));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("outage").whenScenarioStateIs("down-1")
                .willReturn(serviceUnavailable()).willSetStateTo("down-2"));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("outage").whenScenarioStateIs("down-2")
                .willReturn(serverError()).willSetStateTo("up"));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("outage").whenScenarioStateIs("up")
                .willReturn(okJson("{}")));
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(marker)));

        await().atMost(Duration.ofSeconds(20)).until(() -> rowsFor(marker) == 0);
        assertEquals(4, received(marker).size(), "three failed attempts and one delivery");
    }

    @Test
    void aRelayThatNeverSawTheAnswerSendsAgain() throws Exception {
        // the first answer comes after the relay gave up waiting, as when the sender dies mid-relay:
        // the row was not deleted, so it is sent again (at least once, never lost)
        nrc.resetAll();
        nrc.stubFor(get(urlPathEqualTo("/nrc/api/v1/kanaal")).willReturn(okJson("[{\"naam\": \"things\"}]")));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{}").withFixedDelay(2500)).willSetStateTo("fast"));
        nrc.stubFor(post("/nrc/api/v1/notificaties").inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson("{}")));
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(marker)));

        await().atMost(Duration.ofSeconds(20)).until(() -> rowsFor(marker) == 0);
        assertEquals(2, received(marker).size());
    }

    @Test
    void aSlowReceiverStillDrainsTheQueueExactlyOnce() {
        // 16 messages at 0.3 s each take longer than the lease (3 s) and than the test profile's transaction timeout
        // (4 s): a relay holding one transaction across the sends would roll back its deletes and resend forever
        nrc.stubFor(post("/nrc/api/v1/notificaties").willReturn(okJson("{}").withFixedDelay(300)));
        List<String> markers = IntStream.range(0, 16).mapToObj(i -> UUID.randomUUID().toString()).toList();
        QuarkusTransaction.requiringNew().run(() -> markers.forEach(m -> outbox.enqueue(notificatie(m))));

        await().atMost(Duration.ofSeconds(30)).until(() -> markers.stream().allMatch(m -> received(m).size() == 1));
        for (String marker : markers) {
            await().atMost(Duration.ofSeconds(5)).until(() -> rowsFor(marker) == 0);
            assertEquals(1, received(marker).size(), "sent exactly once: " + marker);
        }
    }

    @Test
    void aRelayKilledMidSendLosesNothingAndItsLeaseKeepsOtherReplicasOff() throws Exception {
        String marker = UUID.randomUUID().toString();
        long id = insertNotYetDue(marker);
        relay.pauseFor(Duration.ofMinutes(1)); // replica A (this application's relay) keeps off until the claim
        CountDownLatch sending = new CountDownLatch(1);
        NotificatiesClient hangs = new NotificatiesClient(config, tokens, mapper) {
            @Override
            public Result publish(String payloadJson) {
                sending.countDown();
                try {
                    new CountDownLatch(1).await(); // the process dies here: it never answers, deletes nor reschedules
                    return new Result(true, null, false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Result(false, "killed", true);
                }
            }

            @Override
            public boolean ensureKanaal(KanaalDefinitie kanaal) {
                return true;
            }
        };
        OutboxRelay replicaB = new OutboxRelay(dataSource, hangs, config, kanalen);
        Thread killed = new Thread(replicaB::relayDue, "replica-b");
        try {
            execute("UPDATE zgw_outbox SET next_attempt_at = now() WHERE id = " + id);
            killed.start();
            assertTrue(sending.await(10, TimeUnit.SECONDS), "replica B leased the row and is sending it");

            relay.resume();
            relay.relayDue();
            assertTrue(received(marker).isEmpty(), "replica A does not send a row while B's lease is valid");
            assertEquals(1, rowsFor(marker), "nothing is lost while B hangs");

            await().atMost(Duration.ofSeconds(20)).until(() -> rowsFor(marker) == 0);
            assertEquals(1, received(marker).size(), "sent by A once B's lease ended");
        } finally {
            killed.interrupt();
            killed.join(5000);
            replicaB.stop(null);
        }
    }

    @Test
    void theKanaalIsRegisteredAtStartupWithoutAnyNotificationAndOnlyOnce() {
        // the NRC already has the kanaal (a restart): the registration only looks it up
        nrc.stubFor(get(urlPathEqualTo("/nrc/api/v1/kanaal")).atPriority(1)
                .willReturn(okJson("[{\"naam\": \"things\", \"filters\": [\"soort\"]}]")));
        assertEquals(0, relay.pending(), "nothing is enqueued");
        OutboxRelay fresh = new OutboxRelay(dataSource, client, config, kanalen);
        try {
            fresh.start(null);
            await().atMost(Duration.ofSeconds(10)).until(() -> fresh.registeredKanalen().contains(TestKanaal.NAAM));
        } finally {
            fresh.stop(null);
        }
        nrc.verify(1, getRequestedFor(urlEqualTo("/nrc/api/v1/kanaal?naam=things")));
        nrc.verify(0, postRequestedFor(urlEqualTo("/nrc/api/v1/kanaal")));
    }

    @Test
    void anUnknownKanaalIsCreatedOnce() {
        OutboxRelay fresh = new OutboxRelay(dataSource, client, config, kanalen);
        try {
            fresh.start(null);
            await().atMost(Duration.ofSeconds(10)).until(() -> fresh.registeredKanalen().contains(TestKanaal.NAAM));
        } finally {
            fresh.stop(null);
        }
        nrc.verify(1, postRequestedFor(urlEqualTo("/nrc/api/v1/kanaal")).withRequestBody(equalToJson("""
                {"naam": "things", "documentatieLink": "https://example.nl/docs/things", "filters": ["soort"]}""")));
    }

    private long insertNotYetDue(String marker) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO zgw_outbox (kanaal, payload, next_attempt_at)"
                     + " VALUES ('things', CAST(? AS jsonb), now() + interval '1 hour') RETURNING id")) {
            ps.setString(1, "{\"kanaal\": \"things\", \"hoofdObject\": \"" + marker + "\"}");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    @Test
    void aMessageTheNrcRefusesDoesNotHoldUpTheOthers() throws Exception {
        String refused = UUID.randomUUID().toString();
        String fine = UUID.randomUUID().toString();
        nrc.stubFor(post("/nrc/api/v1/notificaties").withRequestBody(containing(refused)).atPriority(1)
                .willReturn(jsonResponse("{\"code\": \"invalid\"}", 400)));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(refused)));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(notificatie(fine)));

        await().atMost(Duration.ofSeconds(10)).until(() -> rowsFor(fine) == 0);
        assertEquals(1, received(fine).size());
        assertEquals(1, rowsFor(refused), "the refused message stays in the outbox, visible with its error");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM zgw_outbox WHERE payload::text LIKE ? RETURNING last_error")) {
            ps.setString(1, "%" + refused + "%");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("HTTP 400"), rs.getString(1));
            }
        }
    }
}
