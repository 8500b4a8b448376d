package nl.zgw.common.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The read side of the outbox: sends due rows to the Notificaties API and deletes each one only after a 2xx, in the
 * same transaction that locked it ({@code FOR UPDATE SKIP LOCKED}, so replicas never send a row at the same time).
 * A failure reschedules the row with exponential backoff and jitter; when the Notificaties API is down (no answer,
 * 5xx) the whole relay pauses too, while a message it refuses (4xx) only waits itself. Rows are never dropped,
 * so the Notificaties API may be down for hours and a relay killed mid-send re-sends (at least once) after restart.
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

    /** Relays every due row; returns how many were delivered. */
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
            if (Instant.now().isAfter(pausedUntil) && !registerKanalen()) {
                pause();
                return 0;
            }
            while (Instant.now().isAfter(pausedUntil)) {
                Pass pass = QuarkusTransaction.requiringNew().call(this::relayBatch);
                delivered += pass.delivered();
                if (pass.failed() || pass.seen() < config.batchSize()) {
                    break;
                }
            }
        }
        return delivered;
    }

    private record Row(long id, String kanaal, String payload, int attempts) {
    }

    private record Pass(int seen, int delivered, boolean failed) {
    }

    private Pass relayBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Row> rows = due(c);
            int delivered = 0;
            for (Row row : rows) {
                NotificatiesClient.Result result = send(row);
                if (result.ok()) {
                    delete(c, row.id());
                    delivered++;
                    consecutiveFailures = 0;
                } else if (result.receiverDown()) {
                    reschedule(c, row, result.error());
                    pause();
                    return new Pass(rows.size(), delivered, true);
                } else {
                    // the NRC refuses this message (4xx): it keeps its own backoff and stays visible in the outbox
                    // (last_error), but does not hold up the notifications behind it
                    reschedule(c, row, result.error());
                }
            }
            return new Pass(rows.size(), delivered, false);
        }
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

    private NotificatiesClient.Result send(Row row) {
        return client.publish(row.payload());
    }

    private List<Row> due(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kanaal, payload::text, attempts FROM zgw_outbox"
                + " WHERE next_attempt_at <= now() ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setInt(1, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return rows;
        }
    }

    private static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM zgw_outbox WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void reschedule(Connection c, Row row, String error) throws SQLException {
        Duration delay = backoff(row.attempts() + 1);
        LOG.warnf("Notification %d on kanaal %s not delivered (attempt %d, next in %ss): %s",
                row.id(), row.kanaal(), row.attempts() + 1, delay.toSeconds(), error);
        try (PreparedStatement ps = c.prepareStatement("UPDATE zgw_outbox SET attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().plus(delay)));
            ps.setString(2, error == null ? null : error.substring(0, Math.min(500, error.length())));
            ps.setLong(3, row.id());
            ps.executeUpdate();
        }
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

    /** Lifts a pause, e.g. when the operator knows the Notificaties API is back. */
    public void resume() {
        pausedUntil = Instant.MIN;
        consecutiveFailures = 0;
    }

    /** Registers the kanalen at startup (in the background: the NRC may not be up yet; polls retry). */
    void start(@Observes StartupEvent event) {
        wakeUp();
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
    }
}
