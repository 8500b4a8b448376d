package nl.zgw.notificaties;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.notificaties.delivery.CallbackClient;
import nl.zgw.notificaties.delivery.DeliveryDispatcher;
import nl.zgw.notificaties.persistence.DeliveryJobStore;
import nl.zgw.notificaties.persistence.DeliveryJobStore.ClaimedJob;
import nl.zgw.notificaties.support.Nrc;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process that dies in the middle of delivery loses nothing: the jobs it had claimed stay leased until the lease
 * expires and are then delivered by whoever is running (again, if the subscriber had already received them: at least
 * once). A graceful stop lets deliveries in flight finish or gives them back. Replicas never hold the same job at the
 * same time.
 */
@QuarkusTest
class DeliveryRestartTest {

    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    DeliveryJobStore store;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    CallbackClient client;

    @Test
    void jobsClaimedByAWorkerThatDiedAreDeliveredAfterTheLeaseExpires() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        Set<String> sent = new HashSet<>();
        List<ClaimedJob> claimedByTheDeadWorker;
        dispatcher.suspend();
        try {
            for (int i = 0; i < 20; i++) {
                String m = message(k, resourceUrl(), Map.of());
                publish(m).statusCode(200);
                sent.add(m);
            }
            // the "other process" claims everything (lease 4s in tests) and dies before delivering any of it
            claimedByTheDeadWorker = store.claim(100, 100, List.of(), abonnementId(sub), Duration.ofSeconds(4));
            assertEquals(20, claimedByTheDeadWorker.size());
        } finally {
            dispatcher.resume();
        }
        Instant resumed = Instant.now();
        await().atMost(Duration.ofSeconds(15)).until(() -> new HashSet<>(sub.state().received).size() == 20);
        assertEquals(sent, new HashSet<>(sub.state().received));
        // nothing was delivered before the dead worker's lease ran out
        assertTrue(Duration.between(resumed, Instant.now()).toMillis() >= 2500);
        // the dead worker's late result cannot overwrite the new holder's
        assertFalse(store.failed(claimedByTheDeadWorker.get(0), Instant.now(), 1, 500, "late", Instant.now()));
        assertEquals("delivered", status(claimedByTheDeadWorker.get(0).id()));
    }

    /**
     * At least once: the subscriber received the callbacks but the worker died before recording them. After the lease
     * expires every job is delivered again: the subscriber sees each notification twice (counted as duplicates) and
     * none is lost.
     */
    @Test
    void aDeliveryReceivedButNotRecordedIsDeliveredAgainAfterTheLease() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        Set<String> sent = new HashSet<>();
        List<ClaimedJob> claimed;
        dispatcher.suspend();
        try {
            for (int i = 0; i < 5; i++) {
                String m = message(k, resourceUrl(), Map.of());
                publish(m).statusCode(200);
                sent.add(m);
            }
            claimed = store.claim(100, 100, List.of(), abonnementId(sub), Duration.ofSeconds(4));
            assertEquals(5, claimed.size());
            // the dying worker's POSTs reach the subscriber; it dies before recording any result
            for (ClaimedJob job : claimed) {
                assertTrue(client.post(job.callbackUrl(), job.auth(), job.payload()).get(5, TimeUnit.SECONDS)
                        .delivered());
            }
            assertEquals(5, sub.state().received.size());
        } finally {
            dispatcher.resume();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> sub.state().received.size() == 10);
        Map<String, Long> perMessage = sub.state().received.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(sent, perMessage.keySet());
        long duplicates = sub.state().received.size() - perMessage.size();
        assertEquals(5, duplicates);
        // the second delivery reaches the subscriber before its result is recorded: wait for the record, not the POST
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (ClaimedJob job : claimed) {
                if (!"delivered".equals(status(job.id()))) {
                    return false;
                }
            }
            return true;
        });
        // the dead worker's result, had it come back, is not recorded over the new holder's
        assertFalse(store.delivered(claimed.get(0), Instant.now(), 1, 204));
    }

    /** Graceful stop: the deliveries in flight are let finish and recorded, so none is left waiting for its lease. */
    @Test
    void aGracefulStopLetsTheDeliveriesInFlightFinish() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().gate = new CountDownLatch(1);
        Set<String> sent = publishWhileSuspended(k, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().atTheGate.get() == 3);
        CompletableFuture<Integer> stopping = CompletableFuture.supplyAsync(
                () -> dispatcher.quiesce(Duration.ofSeconds(10)));
        try {
            assertFalse(stopping.isDone(), "the stop waits for the deliveries in flight");
            sub.state().gate.countDown();
            assertEquals(0, stopping.get(15, TimeUnit.SECONDS), "nothing had to be given back");
            assertEquals(Map.of("delivered", 3L), jobStates(sub));
            assertEquals(sent, Set.copyOf(sub.state().received));
            assertEquals(0, dispatcher.inFlight());
        } finally {
            dispatcher.resume();
        }
    }

    /** A stop that cannot wait gives the deliveries in flight back: pending, due at once, unleased; none lost. */
    @Test
    void aStopThatCannotWaitGivesTheDeliveriesInFlightBack() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().gate = new CountDownLatch(1);
        Set<String> sent = publishWhileSuspended(k, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().atTheGate.get() == 2);
        try {
            assertEquals(2, dispatcher.quiesce(Duration.ofMillis(300)));
            assertEquals(Map.of("pending, due, unleased", 2L), jobStates(sub));
        } finally {
            sub.state().gate.countDown();
            dispatcher.resume();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> jobStates(sub).equals(Map.of("delivered", 2L)));
        assertEquals(sent, Set.copyOf(sub.state().received));
    }

    private Set<String> publishWhileSuspended(String kanaal, int n) {
        Set<String> sent = new HashSet<>();
        dispatcher.suspend();
        try {
            for (int i = 0; i < n; i++) {
                String m = message(kanaal, resourceUrl(), Map.of());
                publish(m).statusCode(200);
                sent.add(m);
            }
        } finally {
            dispatcher.resume();
        }
        return sent;
    }

    /** The abonnement's jobs by state; a pending job is told apart by whether it is due now and unleased. */
    private Map<String, Long> jobStates(Nrc.Sub sub) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN status <> 'pending' THEN status"
                     + " WHEN lease_token IS NULL AND next_attempt_at <= now() THEN 'pending, due, unleased'"
                     + " ELSE 'pending, leased or scheduled' END, count(*) FROM delivery_job j"
                     + " JOIN abonnement a ON a.id = j.abonnement_id WHERE a.uuid = ? GROUP BY 1")) {
            ps.setObject(1, java.util.UUID.fromString(sub.uuid()));
            Map<String, Long> m = new java.util.TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getLong(2));
                }
            }
            return m;
        }
    }

    @Test
    void aSuspendedDispatcherResumesWithEverythingThatArrivedMeanwhile() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        dispatcher.suspend();
        try {
            for (int i = 0; i < 5; i++) {
                publish(message(k, resourceUrl(), Map.of())).statusCode(200);
            }
        } finally {
            dispatcher.resume();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 5);
    }

    /** Two replicas claiming at once get disjoint jobs; rows locked by one are skipped, not waited for. */
    @Test
    void concurrentClaimsNeverShareAJobAndSkipLockedRows() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        long abonnement = abonnementId(sub);
        dispatcher.suspend();
        try {
            for (int i = 0; i < 40; i++) {
                publish(message(k, resourceUrl(), Map.of())).statusCode(200);
            }
            // a transaction of a third replica holds a row lock on 10 of them while the claims run
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement ps = holder.prepareStatement("SELECT id FROM delivery_job"
                        + " WHERE abonnement_id = ? ORDER BY id LIMIT 10 FOR UPDATE")) {
                    ps.setLong(1, abonnement);
                    ps.executeQuery().close();
                }
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    Callable<List<ClaimedJob>> claim = () ->
                            store.claim(20, 100, List.of(), abonnement, Duration.ofSeconds(30));
                    Future<List<ClaimedJob>> a = pool.submit(claim);
                    Future<List<ClaimedJob>> b = pool.submit(claim);
                    List<Long> ids = new ArrayList<>();
                    a.get(10, java.util.concurrent.TimeUnit.SECONDS).forEach(j -> ids.add(j.id()));
                    b.get(10, java.util.concurrent.TimeUnit.SECONDS).forEach(j -> ids.add(j.id()));
                    assertEquals(30, ids.size());
                    assertEquals(30, new HashSet<>(ids).size());
                } finally {
                    pool.shutdownNow();
                    holder.rollback();
                }
            }
        } finally {
            dispatcher.resume();
        }
        as_delete(sub);
    }

    /** A claim takes no more of an abonnement's jobs than its in-flight cap leaves room for. */
    @Test
    void aClaimNeverExceedsTheInFlightCapOfAnAbonnement() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        long abonnement = abonnementId(sub);
        dispatcher.suspend();
        try {
            for (int i = 0; i < 10; i++) {
                publish(message(k, resourceUrl(), Map.of())).statusCode(200);
            }
            Duration lease = Duration.ofSeconds(30);
            assertEquals(0, store.claim(100, 16, Map.of(abonnement, 16), List.of(), abonnement, lease).size());
            assertEquals(0, store.claim(100, 16, Map.of(abonnement, 20), List.of(), abonnement, lease).size());
            assertEquals(2, store.claim(100, 16, Map.of(abonnement, 14), List.of(), abonnement, lease).size());
            assertEquals(3, store.claim(100, 3, Map.of(abonnement + 1, 3), List.of(), abonnement, lease).size());
            assertEquals(5, store.claim(100, 16, Map.of(), List.of(), abonnement, lease).size());
        } finally {
            dispatcher.resume();
        }
        as_delete(sub);
    }

    private static void as_delete(Nrc.Sub sub) {
        Nrc.as(Nrc.consumer()).delete(sub.url()).then().statusCode(204);
    }

    private long abonnementId(Nrc.Sub sub) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT id FROM abonnement WHERE uuid = ?")) {
                ps.setObject(1, java.util.UUID.fromString(sub.uuid()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private String status(long jobId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status FROM delivery_job WHERE id = ?")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
