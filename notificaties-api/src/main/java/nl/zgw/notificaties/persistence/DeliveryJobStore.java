package nl.zgw.notificaties.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGStatement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The persisted delivery jobs (one row per notificatie x abonnement) and their attempt log, in plain SQL: claims use
 * {@code FOR UPDATE SKIP LOCKED} in a short transaction and set a lease, so several replicas deliver from one
 * database without delivering a job twice at the same time; a lease that expires makes the job due again.
 */
@ApplicationScoped
public class DeliveryJobStore {

    /** A claimed job with everything needed to deliver it. {@code auth} never leaves the delivery engine. */
    public record ClaimedJob(long id, long abonnementId, UUID leaseToken, int attempt, Instant retryUntil,
                             String callbackUrl, String auth, String payload, Instant createdAt) {
        @Override
        public String toString() {
            return "ClaimedJob[" + id + ", abonnement " + abonnementId + ", attempt " + attempt + "]";
        }
    }

    /** One row of the failed list. */
    public record JobView(long id, String status, int attempts, OffsetDateTime createdAt,
                          OffsetDateTime lastAttemptAt, Integer lastStatus, String lastError, String payload) {
    }

    public record AttemptView(int attempt, OffsetDateTime startedAt, int durationMs, Integer statusCode,
                              String error) {
    }

    private static final String CLAIM = """
            WITH busy AS (
                SELECT * FROM unnest(?::bigint[], ?::int[]) AS b (abonnement_id, n)
            ), candidates AS (
                SELECT ranked.id FROM (
                    SELECT id, abonnement_id,
                           row_number() OVER (PARTITION BY abonnement_id ORDER BY next_attempt_at, id) AS rn
                    FROM (SELECT id, abonnement_id, next_attempt_at FROM delivery_job
                          WHERE status = 'pending' AND next_attempt_at <= now()
                            AND NOT (abonnement_id = ANY (?)) AND (? OR abonnement_id = ?)
                          ORDER BY next_attempt_at, id LIMIT ?) due
                ) ranked LEFT JOIN busy b ON b.abonnement_id = ranked.abonnement_id
                WHERE ranked.rn <= ? - coalesce(b.n, 0)
            ), locked AS (
                SELECT j.id FROM delivery_job j JOIN candidates c ON c.id = j.id
                WHERE j.status = 'pending' AND j.next_attempt_at <= now()
                ORDER BY j.next_attempt_at, j.id LIMIT ? FOR UPDATE OF j SKIP LOCKED
            )
            UPDATE delivery_job d
               SET next_attempt_at = now() + ?::interval, lease_token = ?, attempts = d.attempts + 1,
                   last_attempt_at = now()
              FROM locked l, notificatie n, abonnement a
             WHERE d.id = l.id AND n.id = d.notificatie_id AND a.id = d.abonnement_id
            RETURNING d.id, d.abonnement_id, d.lease_token, d.attempts, d.retry_until, a.callback_url, a.auth,
                      n.payload, d.created_at
            """;

    private final AgroalDataSource dataSource;

    public DeliveryJobStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates one pending job per abonnement for a notificatie; call inside the receiving transaction. */
    public void createJobs(Connection c, long notificatieId, Collection<Long> abonnementIds, Duration retryWindow)
            throws SQLException {
        if (abonnementIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery_job (notificatie_id, abonnement_id,"
                + " retry_until) SELECT ?, unnest(?::bigint[]), now() + ?::interval")) {
            ps.setLong(1, notificatieId);
            ps.setArray(2, c.createArrayOf("bigint", abonnementIds.toArray()));
            ps.setString(3, interval(retryWindow));
            ps.executeUpdate();
        }
    }

    public List<ClaimedJob> claim(int limit, int perAbonnement, Collection<Long> excluded, Long only, Duration lease) {
        return claim(limit, perAbonnement, Map.of(), excluded, only, lease);
    }

    /**
     * Claims up to {@code limit} due jobs, skipping rows another worker holds and the {@code excluded} abonnementen;
     * of one abonnement at most {@code perAbonnement} minus what this worker already has in flight for it
     * ({@code inFlight}); {@code only} restricts the claim to one abonnement (a circuit breaker's probe).
     */
    public List<ClaimedJob> claim(int limit, int perAbonnement, Map<Long, Integer> inFlight,
                                  Collection<Long> excluded, Long only, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
                // planned afresh on every call: the pending backlog swings from nothing to hundreds of thousands
                // (an outage), and a plan the driver cached while the table was small stays in use until the next
                // ANALYZE. Measured with autovacuum off: a cached claim took > 2 s with 56 000 jobs pending, a
                // fresh one 2-4 ms.
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
                List<Long> busyIds = new ArrayList<>(inFlight.keySet());
                ps.setArray(1, c.createArrayOf("bigint", busyIds.toArray()));
                ps.setArray(2, c.createArrayOf("integer", busyIds.stream().map(inFlight::get).toArray()));
                Array ex = c.createArrayOf("bigint", excluded.toArray());
                ps.setArray(3, ex);
                ps.setBoolean(4, only == null);
                if (only == null) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, only);
                }
                ps.setInt(6, Math.max(limit * 10, 100));
                ps.setInt(7, perAbonnement);
                ps.setInt(8, limit);
                ps.setString(9, interval(lease));
                ps.setObject(10, UUID.randomUUID());
                List<ClaimedJob> jobs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        jobs.add(new ClaimedJob(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class),
                                rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getTimestamp(9).toInstant()));
                    }
                }
                return jobs;
            }
        });
    }

    /** Records a 2xx: delivered. Only the holder of the lease records; returns false if the lease was lost. */
    public boolean delivered(ClaimedJob job, Instant started, long durationMs, int status) {
        return record(job, started, durationMs, status, null,
                "UPDATE delivery_job SET status = 'delivered', delivered_at = now(), lease_token = NULL,"
                        + " last_status = ?, last_error = NULL WHERE id = ? AND lease_token = ?",
                ps -> {
                    ps.setInt(1, status);
                    ps.setLong(2, job.id());
                    ps.setObject(3, job.leaseToken());
                });
    }

    /** Records a failed attempt: due again at {@code nextAttempt}, or failed when {@code nextAttempt} is null. */
    public boolean failed(ClaimedJob job, Instant started, long durationMs, Integer status, String error,
                          Instant nextAttempt) {
        String sql = nextAttempt == null
                ? "UPDATE delivery_job SET status = 'failed', lease_token = NULL, next_attempt_at = now(),"
                  + " last_status = ?, last_error = ? WHERE id = ? AND lease_token = ?"
                : "UPDATE delivery_job SET next_attempt_at = ?, lease_token = NULL,"
                  + " last_status = ?, last_error = ? WHERE id = ? AND lease_token = ?";
        return record(job, started, durationMs, status, error, sql, ps -> {
            int i = 1;
            if (nextAttempt != null) {
                ps.setTimestamp(i++, Timestamp.from(nextAttempt));
            }
            if (status == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, status);
            }
            ps.setString(i++, abbreviate(error));
            ps.setLong(i++, job.id());
            ps.setObject(i, job.leaseToken());
        });
    }

    /**
     * Gives a claimed job back without counting an attempt (e.g. its abonnement's circuit opened meanwhile).
     */
    public void release(ClaimedJob job) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE delivery_job SET next_attempt_at = now(), lease_token = NULL, attempts = attempts - 1"
                            + " WHERE id = ? AND lease_token = ?")) {
                ps.setLong(1, job.id());
                ps.setObject(2, job.leaseToken());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Fails the pending, unleased jobs of an abonnement whose retry window has passed (its circuit is open). */
    public int failExpired(long abonnementId) {
        return update("UPDATE delivery_job SET status = 'failed', last_error = coalesce(last_error, 'circuit open')"
                + " WHERE abonnement_id = ? AND status = 'pending' AND retry_until < now() AND next_attempt_at <= now()",
                ps -> ps.setLong(1, abonnementId));
    }

    /** Puts every failed job of an abonnement back in the queue with a fresh retry window. */
    public int redeliverFailed(long abonnementId, Duration retryWindow) {
        return update("UPDATE delivery_job SET status = 'pending', attempts = 0, next_attempt_at = now(),"
                        + " retry_until = now() + ?::interval, lease_token = NULL"
                        + " WHERE abonnement_id = ? AND status = 'failed'",
                ps -> {
                    ps.setString(1, interval(retryWindow));
                    ps.setLong(2, abonnementId);
                });
    }

    /** Puts one failed job of an abonnement back in the queue; 0 if it is not failed. */
    public int redeliverJob(long abonnementId, long jobId, Duration retryWindow) {
        return update("UPDATE delivery_job SET status = 'pending', attempts = 0, next_attempt_at = now(),"
                        + " retry_until = now() + ?::interval, lease_token = NULL"
                        + " WHERE id = ? AND abonnement_id = ? AND status = 'failed'",
                ps -> {
                    ps.setString(1, interval(retryWindow));
                    ps.setLong(2, jobId);
                    ps.setLong(3, abonnementId);
                });
    }

    /** Which of {@code ids} are still abonnementen. */
    public java.util.Set<Long> existingAbonnementen(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(query("SELECT id FROM abonnement WHERE id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
                rs -> rs.getLong(1)));
    }

    public long countFailed(long abonnementId) {
        return query("SELECT count(*) FROM delivery_job WHERE abonnement_id = ? AND status = 'failed'",
                ps -> ps.setLong(1, abonnementId), rs -> rs.getLong(1)).get(0);
    }

    public List<JobView> failed(long abonnementId, int offset, int limit) {
        return query("SELECT j.id, j.status, j.attempts, j.created_at, j.last_attempt_at, j.last_status,"
                        + " j.last_error, n.payload FROM delivery_job j JOIN notificatie n ON n.id = j.notificatie_id"
                        + " WHERE j.abonnement_id = ? AND j.status = 'failed' ORDER BY j.id OFFSET ? LIMIT ?",
                ps -> {
                    ps.setLong(1, abonnementId);
                    ps.setInt(2, offset);
                    ps.setInt(3, limit);
                },
                rs -> new JobView(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        (Integer) rs.getObject(6), rs.getString(7), rs.getString(8)));
    }

    public List<AttemptView> attempts(long abonnementId, long jobId) {
        return query("SELECT attempt, started_at, duration_ms, status_code, error FROM delivery_attempt"
                        + " WHERE job_id = ? AND abonnement_id = ? ORDER BY id",
                ps -> {
                    ps.setLong(1, jobId);
                    ps.setLong(2, abonnementId);
                },
                rs -> new AttemptView(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3),
                        (Integer) rs.getObject(4), rs.getString(5)));
    }

    /**
     * Counts for monitoring: pending (due now, scheduled for a retry, leased by a worker) and failed jobs, and the age
     * of the oldest pending job.
     */
    public Map<String, Object> stats() {
        return query("""
                        SELECT count(*) FILTER (WHERE status = 'pending'),
                               count(*) FILTER (WHERE status = 'pending' AND lease_token IS NULL AND next_attempt_at <= now()),
                               count(*) FILTER (WHERE status = 'pending' AND lease_token IS NULL AND next_attempt_at > now()),
                               count(*) FILTER (WHERE status = 'pending' AND lease_token IS NOT NULL),
                               count(*) FILTER (WHERE status = 'failed'),
                               coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending')), 0)
                          FROM delivery_job WHERE status IN ('pending', 'failed')
                        """, ps -> { },
                rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("pending", rs.getLong(1));
                    m.put("pendingDue", rs.getLong(2));
                    m.put("pendingRetryScheduled", rs.getLong(3));
                    m.put("pendingInFlight", rs.getLong(4));
                    m.put("failed", rs.getLong(5));
                    m.put("oldestPendingAgeSeconds", (long) rs.getDouble(6));
                    return m;
                }).get(0);
    }

    /** Deletes attempt log rows started before {@code before}, in bounded batches. */
    public long pruneAttempts(Instant before) {
        return pruneLoop("DELETE FROM delivery_attempt WHERE id IN (SELECT id FROM delivery_attempt"
                + " WHERE started_at < ? LIMIT 5000)", before);
    }

    /** Deletes delivered jobs, and notificaties without remaining jobs, older than {@code before}. */
    public long pruneDelivered(Instant before) {
        long n = pruneLoop("DELETE FROM delivery_job WHERE id IN (SELECT id FROM delivery_job"
                + " WHERE status = 'delivered' AND delivered_at < ? LIMIT 5000)", before);
        n += pruneLoop("DELETE FROM notificatie WHERE id IN (SELECT n.id FROM notificatie n WHERE n.received_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM delivery_job j WHERE j.notificatie_id = n.id) LIMIT 5000)", before);
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private boolean record(ClaimedJob job, Instant started, long durationMs, Integer status, String error,
                           String updateSql, Binder binder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                int updated;
                try (PreparedStatement ps = c.prepareStatement(updateSql)) {
                    binder.bind(ps);
                    updated = ps.executeUpdate();
                }
                // the attempt is logged even when the lease was lost; skip only when the job is gone
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery_attempt (job_id, abonnement_id,"
                        + " attempt, started_at, duration_ms, status_code, error)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM delivery_job WHERE id = ?)")) {
                    ps.setLong(1, job.id());
                    ps.setLong(2, job.abonnementId());
                    ps.setInt(3, job.attempt());
                    ps.setTimestamp(4, Timestamp.from(started));
                    ps.setInt(5, (int) Math.min(Integer.MAX_VALUE, durationMs));
                    if (status == null) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setInt(6, status);
                    }
                    ps.setString(7, abbreviate(error));
                    ps.setLong(8, job.id());
                    ps.executeUpdate();
                }
                return updated == 1;
            }
        });
    }

    private int update(String sql, Binder binder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long pruneLoop(String sql, Instant before) {
        long total = 0;
        int n;
        do {
            n = update(sql, ps -> ps.setTimestamp(1, Timestamp.from(before)));
            total += n;
        } while (n > 0);
        return total;
    }

    static String interval(Duration d) {
        return d.toMillis() + " milliseconds";
    }

    private static String abbreviate(String s) {
        return s == null ? null : s.length() > 500 ? s.substring(0, 500) : s;
    }
}
