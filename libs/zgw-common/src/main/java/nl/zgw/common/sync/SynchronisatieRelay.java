package nl.zgw.common.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read side: carries out due synchronisations with their {@link SynchronisatieHandler} and deletes each row only
 * when its handler returned normally.
 * <p>
 * As the notification outbox does, no database transaction spans a call to another API: a relay leases a batch in
 * one short statement ({@code next_attempt_at} moves to the end of the lease, {@code attempts} counts the try,
 * {@code FOR UPDATE SKIP LOCKED}, so replicas claim disjoint rows), runs the handlers outside any transaction and
 * then deletes each row or reschedules it with exponential backoff and jitter, fenced by {@code attempts} (a relay
 * whose lease was taken over changes nothing). Only the oldest row of a {@code sleutel} is ever due, so the
 * synchronisations of one relation run in the order they were planned (a delete never overtakes its create). A
 * failing row is never dropped: it is tried again at least every {@code zgw.sync.max-backoff}, with its last error
 * in the table and in the log. A service without handlers does nothing (and needs no table).
 */
@ApplicationScoped
public class SynchronisatieRelay {

    private static final Logger LOG = Logger.getLogger(SynchronisatieRelay.class);

    private final AgroalDataSource dataSource;
    private final ZgwSyncConfig config;
    private final ObjectMapper mapper;
    private final Map<String, SynchronisatieHandler> handlers;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sync-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Object passLock = new Object();

    public SynchronisatieRelay(AgroalDataSource dataSource, ZgwSyncConfig config, ObjectMapper mapper,
                               Instance<SynchronisatieHandler> handlers) {
        this.dataSource = dataSource;
        this.config = config;
        this.mapper = mapper;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(SynchronisatieHandler::soort, Function.identity()));
    }

    boolean handles(String soort) {
        return handlers.containsKey(soort);
    }

    /** Called after a commit that planned something: carry it out now instead of at the next poll. */
    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.submit(() -> {
                wakeUpPending.set(false);
                runDue();
            });
        }
    }

    @Scheduled(every = "${zgw.sync.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        runDue();
    }

    /** Carries out the due rows; returns how many succeeded. */
    public int runDue() {
        if (handlers.isEmpty()) {
            return 0;
        }
        int done = 0;
        synchronized (passLock) {
            try {
                while (true) {
                    long leaseEnds = System.nanoTime() + config.lease().toNanos();
                    List<Row> rows = claim();
                    done += run(rows, leaseEnds);
                    if (rows.size() < config.batchSize()) {
                        break;
                    }
                }
            } catch (SQLException e) {
                LOG.warnf(e, "Synchronisation pass failed; the next poll retries");
            } catch (RuntimeException e) {
                LOG.warnf(e, "Synchronisation pass stopped; the next poll retries");
            }
        }
        return done;
    }

    /**
     * Carries out the rows of {@code sleutels} in the calling thread ({@link SynchronisatiesVoorAntwoord}): their
     * first attempt belongs to the request (the background relay leaves such rows alone for
     * {@code zgw.sync.inline-grace}), later ones to the relay. Never throws: what is not done stays planned.
     */
    public void voerUit(List<String> sleutels) {
        if (handlers.isEmpty() || sleutels.isEmpty()) {
            return;
        }
        try {
            run(claim(sleutels), System.nanoTime() + config.lease().toNanos());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Synchronisations of %s not carried out in the request; the relay retries", sleutels);
            wakeUp();
        }
    }

    private record Row(long id, String soort, String sleutel, String gegevens, int attempts) {
    }

    private int run(List<Row> rows, long leaseEnds) throws SQLException {
        long lastStart = leaseEnds - config.lease().dividedBy(2).toNanos();
        int done = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (System.nanoTime() >= lastStart) {
                release(rows.subList(i, rows.size()));
                break;
            }
            SynchronisatieHandler handler = handlers.get(row.soort());
            if (handler == null) {
                reschedule(row, "no SynchronisatieHandler for soort " + row.soort());
                continue;
            }
            Synchronisatie synchronisatie;
            try {
                synchronisatie = new Synchronisatie(row.id(), row.soort(), row.sleutel(),
                        mapper.readTree(row.gegevens()), row.attempts());
            } catch (IOException e) {
                reschedule(row, "unreadable gegevens: " + e.getMessage());
                continue;
            }
            try {
                handler.uitvoeren(synchronisatie);
                delete(row);
                done++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reschedule(row, "interrupted");
                release(rows.subList(i + 1, rows.size()));
                break;
            } catch (Exception e) {
                reschedule(row, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return done;
    }

    /**
     * Leases up to one batch of due rows, oldest first, each the oldest of its sleutel, in one statement (its own
     * short transaction).
     */
    private List<Row> claim() throws SQLException {
        return claim(null);
    }

    /** As {@link #claim()}, only rows of {@code sleutels} when not null, and then also their untried rows. */
    private List<Row> claim(List<String> sleutels) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_synchronisatie SET attempts = attempts + 1,"
                        + " next_attempt_at = now() + ? * interval '1 millisecond'"
                        + " WHERE id IN (SELECT s.id FROM zgw_synchronisatie s WHERE (CAST(? AS text[]) IS NULL"
                        + " AND s.next_attempt_at <= now() OR s.sleutel = ANY(CAST(? AS text[]))"
                        + " AND (s.next_attempt_at <= now() OR s.attempts = 0))"
                        + " AND NOT EXISTS (SELECT 1 FROM zgw_synchronisatie o WHERE o.sleutel = s.sleutel"
                        + " AND o.id < s.id) ORDER BY s.id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, soort, sleutel, gegevens::text, attempts")) {
            java.sql.Array only = sleutels == null ? null : c.createArrayOf("text", sleutels.toArray());
            ps.setLong(1, config.lease().toMillis());
            for (int i = 2; i <= 3; i++) {
                if (only == null) {
                    ps.setNull(i, java.sql.Types.ARRAY);
                } else {
                    ps.setArray(i, only);
                }
            }
            ps.setInt(4, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            rows.sort(Comparator.comparingLong(Row::id));
            return rows;
        }
    }

    private void delete(Row row) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM zgw_synchronisatie WHERE id = ?")) {
            ps.setLong(1, row.id());
            ps.executeUpdate();
        }
    }

    private void reschedule(Row row, String error) throws SQLException {
        Duration delay = backoff(row.attempts());
        LOG.warnf("Synchronisation %d (%s, %s) not done (attempt %d, next in %ss): %s",
                row.id(), row.soort(), row.sleutel(), row.attempts(), delay.toSeconds(), error);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_synchronisatie SET next_attempt_at = now() + ? * interval '1 millisecond', last_error = ?"
                        + " WHERE id = ? AND attempts = ?")) {
            ps.setLong(1, delay.toMillis());
            ps.setString(2, error.substring(0, Math.min(500, error.length())));
            ps.setLong(3, row.id());
            ps.setInt(4, row.attempts());
            ps.executeUpdate();
        }
    }

    /** Rows leased but not started: due again at once, and the attempt they were counted for is taken back. */
    private void release(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_synchronisatie SET next_attempt_at = now(), attempts = attempts - 1"
                        + " WHERE id = ? AND attempts = ?")) {
            for (Row row : rows) {
                ps.setLong(1, row.id());
                ps.setInt(2, row.attempts());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    Duration backoff(int attempt) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long exp = attempt >= 30 ? max : Math.min(max, initial * (1L << Math.max(0, attempt - 1)));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** A row not yet carried out, for monitoring and repair. */
    public record Openstaand(long id, String soort, String sleutel, int attempts, OffsetDateTime volgendePoging,
                             String laatsteFout) {
    }

    /** The rows not yet carried out whose sleutel starts with {@code prefix} ({@code ""}: all), oldest first. */
    public List<Openstaand> openstaand(String prefix) {
        if (handlers.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, soort, sleutel, attempts, next_attempt_at, last_error FROM zgw_synchronisatie"
                        + " WHERE sleutel LIKE ? ORDER BY id LIMIT 1000")) {
            ps.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<Openstaand> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Openstaand(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the rows of {@code sleutel} due now (an operator who knows the other side is back). */
    public void nuOpnieuw(String sleutel) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zgw_synchronisatie SET next_attempt_at = now() WHERE sleutel = ?")) {
            ps.setString(1, sleutel);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        wakeUp();
    }

    /** Rows planned before a restart are carried out without waiting for the first poll. */
    void start(@Observes StartupEvent event) {
        if (!handlers.isEmpty()) {
            wakeUp();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
    }
}
