package nl.zgw.notificaties.delivery;

import nl.zgw.notificaties.config.NrcConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after {@code initial · 2^(attempt-1)}, capped at {@code max}, with ±25 %
 * jitter so that the jobs of one outage do not all come back at the same moment. A job is retried until its retry
 * window has passed; the first failure after that fails it for good.
 */
public record RetrySchedule(Duration initial, Duration max) {

    public static RetrySchedule of(NrcConfig.Delivery config) {
        return new RetrySchedule(config.initialDelay(), config.maxDelay());
    }

    /** The delay after failed attempt {@code attempt} (1-based), without jitter. */
    public Duration base(int attempt) {
        long maxMs = max.toMillis();
        int doublings = Math.max(0, attempt - 1);
        // no overflow: past 2^30 (or once past the cap) the result is the cap anyway
        long exp = doublings >= 31 || initial.toMillis() > (maxMs >> doublings)
                ? maxMs : initial.toMillis() << doublings;
        return Duration.ofMillis(Math.min(maxMs, exp));
    }

    /** {@code u} in [0, 1] picks the jitter: 0 gives base - 25 %, 1 gives base + 25 %. */
    public Duration delay(int attempt, double u) {
        long base = base(attempt).toMillis();
        long jitter = base / 4;
        return Duration.ofMillis(base - jitter + Math.round(u * 2 * jitter));
    }

    /** The next attempt after failed attempt {@code attempt} at {@code now}; null when the job has failed for good. */
    public Instant next(int attempt, Instant now, Instant retryUntil, double u) {
        return now.isBefore(retryUntil) ? now.plus(delay(attempt, u)) : null;
    }

    public Instant next(int attempt, Instant now, Instant retryUntil) {
        return next(attempt, now, retryUntil, ThreadLocalRandom.current().nextDouble());
    }
}
