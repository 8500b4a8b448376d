package nl.zgw.notificaties;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.delivery.RetrySchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retries (issue: exponential backoff with jitter for at least 24 hours), computed from the defaults of
 * {@link NrcConfig} as a production deployment gets them, without the test profile's compressed schedule.
 */
class DeliveryBackoffTest {

    private static final NrcConfig.Delivery DEFAULTS = defaults().delivery();
    private static final RetrySchedule SCHEDULE = RetrySchedule.of(DEFAULTS);

    private static NrcConfig defaults() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(NrcConfig.class).build();
        return config.getConfigMapping(NrcConfig.class);
    }

    @Test
    void theDefaultsAreFifteenSecondsDoublingToFourHoursOverTwentyFourHours() {
        assertEquals(Duration.ofSeconds(15), DEFAULTS.initialDelay());
        assertEquals(Duration.ofHours(4), DEFAULTS.maxDelay());
        assertEquals(Duration.ofHours(24), DEFAULTS.retryWindow());
    }

    @Test
    void theDelayDoublesPerAttemptUpToTheCap() {
        assertEquals(Duration.ofSeconds(15), SCHEDULE.base(1));
        for (int attempt = 1; SCHEDULE.base(attempt + 1).compareTo(DEFAULTS.maxDelay()) < 0; attempt++) {
            assertEquals(SCHEDULE.base(attempt).multipliedBy(2), SCHEDULE.base(attempt + 1), "attempt " + attempt);
        }
        // 15 s * 2^10 = 4 h 16 m is past the cap
        assertEquals(Duration.ofSeconds(15 * 512), SCHEDULE.base(10));
        assertEquals(Duration.ofHours(4), SCHEDULE.base(11));
        for (int attempt : new int[] {12, 31, 32, 63, 64, 1000, Integer.MAX_VALUE}) {
            assertEquals(Duration.ofHours(4), SCHEDULE.base(attempt), "no overflow at attempt " + attempt);
        }
    }

    @Test
    void jitterStaysWithinAQuarterOfTheDelayAndSpreadsIt() {
        Random random = new Random(42);
        for (int attempt = 1; attempt <= 14; attempt++) {
            long base = SCHEDULE.base(attempt).toMillis();
            assertEquals(base - base / 4, SCHEDULE.delay(attempt, 0).toMillis());
            assertEquals(base + base / 4, SCHEDULE.delay(attempt, 1).toMillis());
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                long d = SCHEDULE.delay(attempt, random.nextDouble()).toMillis();
                assertTrue(d >= base - base / 4 && d <= base + base / 4, "attempt " + attempt + ": " + d);
                seen.add(d);
            }
            assertTrue(seen.size() > 100, "jitter spreads the retries of one outage: " + seen.size());
        }
    }

    /**
     * A subscriber that is down for good is tried until the 24 h window has passed, whatever the jitter: the last
     * attempt is at or after 24 h, never more than one (jittered) cap later, and no gap exceeds the jittered cap.
     */
    @Test
    void theDefaultsRetryForAtLeastTwentyFourHours() {
        Duration window = DEFAULTS.retryWindow();
        Duration longestGap = DEFAULTS.maxDelay().plus(DEFAULTS.maxDelay().dividedBy(4));
        for (double u : new double[] {0, 0.5, 1}) {
            List<Duration> attempts = attemptTimes(window, u);
            Duration last = attempts.get(attempts.size() - 1);
            assertTrue(last.compareTo(window) >= 0, "jitter " + u + ": last attempt at " + last);
            assertTrue(last.compareTo(window.plus(longestGap)) < 0, "jitter " + u + ": last attempt at " + last);
            for (int i = 1; i < attempts.size(); i++) {
                assertTrue(attempts.get(i).minus(attempts.get(i - 1)).compareTo(longestGap) <= 0);
            }
        }
        // the README's "16 attempts over 24 h": 15 with the longest jitter, 18 with the shortest
        assertEquals(16, attemptTimes(window, 0.5).size());
        assertEquals(15, attemptTimes(window, 1).size());
        assertEquals(18, attemptTimes(window, 0).size());
    }

    @Test
    void aFailureAfterTheRetryWindowFailsTheJobForGood() {
        Instant until = Instant.parse("2026-01-02T00:00:00Z");
        assertEquals(until.minusSeconds(1).plusSeconds(15),
                SCHEDULE.next(1, until.minusSeconds(1), until, 0.5));
        assertNull(SCHEDULE.next(1, until, until, 0.5));
        assertNull(SCHEDULE.next(20, until.plusSeconds(1), until, 0.5));
    }

    /** The moments (since creation) of every attempt of a job whose subscriber never answers, attempts taking 0 s. */
    private static List<Duration> attemptTimes(Duration window, double u) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        Instant retryUntil = created.plus(window);
        List<Duration> times = new ArrayList<>();
        Instant now = created;
        for (int attempt = 1; now != null; attempt++) {
            times.add(Duration.between(created, now));
            now = SCHEDULE.next(attempt, now, retryUntil, u);
        }
        return times;
    }
}
