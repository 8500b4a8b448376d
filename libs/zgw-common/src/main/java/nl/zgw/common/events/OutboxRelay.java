package nl.zgw.common.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read side of the outbox: sends due rows to the Notificaties API and deletes each one only after a 2xx.
 * <p>
 * No database transaction spans an HTTP call. A relay first <em>leases</em> a batch in one short statement: it
 * moves the rows' {@code next_attempt_at} to the end of the lease and counts the attempt ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas claim disjoint rows). While the lease runs no replica sees the row as due; the relay only
 * starts a send that ends (request timeout, twice for connect and answer) before its lease does. Afterwards each
 * row is deleted (2xx) or rescheduled with exponential backoff and jitter in its own short statement; the update
 * is fenced by {@code attempts}, so a relay whose lease was taken over changes nothing. A relay killed mid-send
 * leaves the row leased: it is due again when the lease ends and is sent again (at least once, never lost).
 * When the Notificaties API is down (no answer, 5xx) the whole relay pauses, while a message it refuses (4xx)
 * only waits itself. Rows are never dropped, so the Notificaties API may be down for hours.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final NotificatiesClient client;
    private final ZgwNotificatiesConfig config;
    private final Map<String, KanaalDefinitie> kanalen;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Object passLock = new Object();
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile int consecutiveFailures;
    private volatile boolean warnedUnconfigured;

    public OutboxRelay(AgroalDataSource dataSource, NotificatiesClient client, ZgwNotificatiesConfig config,
                       Instance<KanaalDefinitie> kanalen) {
        this.dataSource = dataSource;
        this.client = client;
        this.config = config;
        this.kanalen = kanalen.stream().collect(Collectors.toMap(KanaalDefinitie::naam, Function.identity()));
    }

    /** Called after a commit that enqueued something: relay now instead of at the next poll. */
    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.submit(() -> {
                wakeUpPending.set(false);
                relayDue();
            });
        }
    }

    @Scheduled(every = "${zgw.notificaties.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        relayDue();
    }

    /** Relays due rows for at most {@code max-pass-duration}; returns how many were delivered. */
    public int relayDue() {
        if (!client.configured()) {
            if (!warnedUnconfigured) {
                LOG.warn("zgw.notificaties.url is not set: notifications stay in the outbox until it is");
                warnedUnconfigured = true;
            }
            return 0;
        }
        int delivered = 0;
        synchronized (passLock) {
            if (paused()) {
                return 0;
            }
            if (!registerKanalen()) {
                pause();
                return 0;
            }
            long passEnds = System.nanoTime() + config.maxPassDuration().toNanos();
            try {
                while (!paused() && System.nanoTime() < passEnds) {
                    long leaseEnds = System.nanoTime() + config.lease().toNanos();
                    List<Row> rows = claim();
                    Batch batch = send(rows, leaseEnds);
                    delivered += batch.delivered();
                    if (batch.stop() || (rows.size() < config.batchSize() && !batch.leaseRanOut())) {
                        break;
                    }
                }
            } catch (SQLException e) {
                LOG.warnf(e, "Outbox relay pass failed; the next poll retries");
            }
        }
        return delivered;
    }

    /** A leased row; {@code attempts} counts this attempt and fences every later update of the row. */
    private record Row(long id, String kanaal, String payload, int attempts) {
    }

    private record Batch(int delivered, boolean stop, boolean leaseRanOut) {
    }

    /** Sends the leased rows one by one, outside any transaction; gives back what it cannot send within the lease. */
    private Batch send(List<Row> rows, long leaseEnds) throws SQLException {
        long lastStart = leaseEnds - config.requestTimeout().multipliedBy(2).toNanos();
        int delivered = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (System.nanoTime() >= lastStart) {
                release(rows.subList(i, rows.size()));
                return new Batch(delivered, false, true);
            }
            NotificatiesClient.Result result = client.publish(row.payload());
            if (result.ok()) {
                delete(row.id());
                delivered++;
                consecutiveFailures = 0;
            } else if (result.receiverDown()) {
                reschedule(row, result.error());
                release(rows.subList(i + 1, rows.size()));
                pause();
                return new Batch(delivered, true, false);
            } else {
                // the NRC refuses this message (4xx): it keeps its own backoff and stays visible in the outbox
                // (last_error), but does not hold up the notifications behind it
                reschedule(row, result.error());
            }
        }
        return new Batch(delivered, false, false);
    }

    /** Every kanaal of this service exists at the NRC before anything is sent on it (idempotent). */
    private boolean registerKanalen() {
        for (KanaalDefinitie kanaal : kanalen.values()) {
            if (!registered.contains(kanaal.naam())) {
                if (!client.ensureKanaal(kanaal)) {
                    LOG.warnf("Kanaal %s could not be registered at the Notificaties API yet; retrying", kanaal.naam());
                    return false;
                }
                registered.add(kanaal.naam());
            }
        }
        return true;
    }

    /** The kanalen known to exist at the Notificaties API. */
    public Set<String> registeredKanalen() {
        return Set.copyOf(registered);
    }

    /** Leases up to one batch of due rows, oldest first, in one statement (its own short transaction). */
    private List<Row> claim() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_outbox SET attempts = attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond'"
                        + " WHERE id IN (SELECT id FROM zgw_outbox WHERE next_attempt_at <= now()"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, kanaal, payload::text, attempts")) {
            ps.setLong(1, config.lease().toMillis());
            ps.setInt(2, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            rows.sort(Comparator.comparingLong(Row::id));
            return rows;
        }
    }

    /** Delivered: gone, whoever holds the lease now (a second send is a duplicate, which at-least-once allows). */
    private void delete(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM zgw_outbox WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void reschedule(Row row, String error) throws SQLException {
        Duration delay = backoff(row.attempts());
        LOG.warnf("Notification %d on kanaal %s not delivered (attempt %d, next in %ss): %s",
                row.id(), row.kanaal(), row.attempts(), delay.toSeconds(), error);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_outbox SET next_attempt_at = now() + ? * interval '1 millisecond', last_error = ?"
                        + " WHERE id = ? AND attempts = ?")) {
            ps.setLong(1, delay.toMillis());
            ps.setString(2, error == null ? null : error.substring(0, Math.min(500, error.length())));
            ps.setLong(3, row.id());
            ps.setInt(4, row.attempts());
            ps.executeUpdate();
        }
    }

    /** Rows leased but not tried: due again at once, and the attempt they were counted for is taken back. */
    private void release(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_outbox SET next_attempt_at = now(), attempts = attempts - 1 WHERE id = ? AND attempts = ?")) {
            for (Row row : rows) {
                ps.setLong(1, row.id());
                ps.setInt(2, row.attempts());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private boolean paused() {
        return !Instant.now().isAfter(pausedUntil);
    }

    /** The whole relay waits too, so a down Notificaties API gets one probe per backoff period, not one per row. */
    private void pause() {
        consecutiveFailures++;
        pausedUntil = Instant.now().plus(backoff(consecutiveFailures));
    }

    Duration backoff(int attempt) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long exp = attempt >= 30 ? max : Math.min(max, initial * (1L << Math.max(0, attempt - 1)));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Pending rows, for health and monitoring. */
    public long pending() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM zgw_outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the relay, e.g. while the Notificaties API is under maintenance; rows wait in the outbox. */
    public void pauseFor(Duration duration) {
        pausedUntil = Instant.now().plus(duration);
    }

    /** Lifts a pause, e.g. when the operator knows the Notificaties API is back. */
    public void resume() {
        pausedUntil = Instant.MIN;
        consecutiveFailures = 0;
    }

    /** Registers the kanalen at startup (in the background: the NRC may not be up yet; polls retry). */
    void start(@Observes StartupEvent event) {
        if (config.lease().compareTo(config.requestTimeout().multipliedBy(2)) <= 0) {
            throw new IllegalStateException("zgw.notificaties.lease (" + config.lease()
                    + ") must exceed twice zgw.notificaties.request-timeout (" + config.requestTimeout() + ")");
        }
        wakeUp();
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
    }
}
