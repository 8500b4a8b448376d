package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The read side of {@code besluit_synchronisatie}: carries out due jobs after commit, deletes each one only when the
 * other API matches, and retries the others with exponential backoff and jitter, for as long as it takes (a job is
 * never dropped; {@code last_error} and {@code attempts} show why it waits).
 * <p>
 * As the notification outbox: no database transaction spans an HTTP call. A claim leases due jobs in one statement
 * ({@code next_attempt_at} moves to the end of the lease, {@code attempts} counts the try, {@code FOR UPDATE SKIP
 * LOCKED}, so replicas take disjoint jobs); a job is only claimed when no older job of its {@code sleutel} is still
 * pending, so the jobs of one relation (create, then delete) run in order. The result is written fenced by
 * {@code attempts}. A relay killed mid-job leaves it leased; it is due again when the lease ends.
 */
@ApplicationScoped
public class SynchronisatieRelay {

    private static final Logger LOG = Logger.getLogger(SynchronisatieRelay.class);

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final SynchronisatieConfig config;
    private final Map<String, Synchronisatie> soorten = new HashMap<>();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "besluit-sync"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Object passLock = new Object();

    public SynchronisatieRelay(AgroalDataSource dataSource, ObjectMapper mapper, SynchronisatieConfig config,
                               Instance<Synchronisatie> soorten) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        soorten.forEach(s -> this.soorten.put(s.soort(), s));
    }

    void start(@Observes StartupEvent event) {
        if (config.lease().compareTo(config.requestTimeout().multipliedBy(8)) < 0) {
            throw new IllegalStateException("besluiten.sync.lease must be at least 8 times besluiten.sync.request-timeout"
                    + " (a job makes up to four calls, each with a connect and an answer timeout)");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.shutdownNow();
    }

    /** After a commit that queued something: run now instead of at the next poll. */
    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.submit(() -> {
                wakeUpPending.set(false);
                runDue();
            });
        }
    }

    @Scheduled(every = "${besluiten.sync.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void poll() {
        runDue();
    }

    /** Carries out the due jobs; returns how many succeeded. */
    public int runDue() {
        int done = 0;
        synchronized (passLock) {
            try {
                while (true) {
                    List<Job> jobs = claim();
                    for (Job job : jobs) {
                        if (run(job)) {
                            done++;
                        }
                    }
                    if (jobs.size() < config.batchSize()) {
                        break;
                    }
                }
            } catch (SQLException e) {
                LOG.warnf(e, "Synchronisation pass failed; the next poll retries");
            } catch (RuntimeException e) {
                LOG.errorf(e, "Synchronisation pass failed; the next poll retries");
            }
        }
        return done;
    }

    private record Job(long id, String soort, String payload, int attempts) {
    }

    private boolean run(Job job) throws SQLException {
        Synchronisatie soort = soorten.get(job.soort());
        Synchronisatie.Resultaat r;
        if (soort == null) {
            r = Synchronisatie.Resultaat.geweigerd("unknown soort " + job.soort());
        } else {
            try {
                JsonNode payload = mapper.readTree(job.payload());
                r = soort.voerUit(payload);
            } catch (IOException e) {
                r = Synchronisatie.Resultaat.geweigerd("unreadable payload");
            } catch (RuntimeException e) {
                r = Synchronisatie.Resultaat.onbereikbaar(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (r.gelukt()) {
            delete(job.id());
            return true;
        }
        reschedule(job, r.fout());
        return false;
    }

    /** Leases due jobs whose relation has no older pending job, oldest first, in one statement. */
    private List<Job> claim() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE besluit_synchronisatie SET attempts = attempts + 1,"
                        + " next_attempt_at = now() + ? * interval '1 millisecond'"
                        + " WHERE id IN (SELECT s.id FROM besluit_synchronisatie s WHERE s.next_attempt_at <= now()"
                        + " AND NOT EXISTS (SELECT 1 FROM besluit_synchronisatie o WHERE o.sleutel = s.sleutel"
                        + " AND o.id < s.id) ORDER BY s.id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, soort, payload::text, attempts")) {
            ps.setLong(1, config.lease().toMillis());
            ps.setInt(2, config.batchSize());
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            jobs.sort((a, b) -> Long.compare(a.id(), b.id()));
            return jobs;
        }
    }

    private void delete(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM besluit_synchronisatie WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void reschedule(Job job, String error) throws SQLException {
        Duration delay = backoff(job.attempts());
        LOG.warnf("Synchronisation %d (%s) not done (attempt %d, next in %ss): %s", job.id(), job.soort(),
                job.attempts(), delay.toSeconds(), error);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE besluit_synchronisatie SET next_attempt_at = now() + ? * interval '1 millisecond',"
                        + " last_error = ? WHERE id = ? AND attempts = ?")) {
            ps.setLong(1, delay.toMillis());
            ps.setString(2, error == null ? null : error.substring(0, Math.min(500, error.length())));
            ps.setLong(3, job.id());
            ps.setInt(4, job.attempts());
            ps.executeUpdate();
        }
    }

    Duration backoff(int attempt) {
        long initial = config.initialBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long exp = attempt >= 30 ? max : Math.min(max, initial * (1L << Math.max(0, attempt - 1)));
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** Jobs not yet carried out, for monitoring. */
    public long pending() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM besluit_synchronisatie");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes every waiting job due now, e.g. when the operator knows the other API is back. */
    public int retryNow() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE besluit_synchronisatie SET next_attempt_at = now() WHERE next_attempt_at > now()")) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
