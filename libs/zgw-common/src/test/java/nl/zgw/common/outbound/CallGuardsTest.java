package nl.zgw.common.outbound;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SmallRye Fault Tolerance on synchronous calls: retry what may pass, bound each attempt, open the circuit. */
@QuarkusTest // the programmatic Guard API needs the container
class CallGuardsTest {

    @Test
    void anUnavailableAttemptIsRetriedUntilOneSucceeds() {
        CallGuards.Guarded guard = new CallGuards(20, 0.5, Duration.ofSeconds(5)).create("t", 2, Duration.ofSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        String answer = guard.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new Unavailable("HTTP 503");
            }
            return "ok";
        });
        assertEquals("ok", answer);
        assertEquals(3, attempts.get());
    }

    @Test
    void afterTheRetriesTheLastFailureIsReported() {
        CallGuards.Guarded guard = new CallGuards(20, 0.5, Duration.ofSeconds(5)).create("t", 1, Duration.ofSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        Unavailable e = assertThrows(Unavailable.class, () -> guard.call(() -> {
            attempts.incrementAndGet();
            throw new Unavailable("HTTP 502", "answer");
        }));
        assertEquals("HTTP 502", e.getMessage());
        assertEquals("answer", e.lastAnswer());
        assertEquals(2, attempts.get());
    }

    @Test
    void anAnswerIsNotRetried() {
        CallGuards.Guarded guard = new CallGuards(20, 0.5, Duration.ofSeconds(5)).create("t", 3, Duration.ofSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> guard.call(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("404 is an answer");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void aStalledAttemptTimesOutAndIsRetried() {
        CallGuards.Guarded guard = new CallGuards(20, 0.5, Duration.ofSeconds(5)).create("t", 1, Duration.ofMillis(200));
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        Unavailable e = assertThrows(Unavailable.class, () -> guard.call(() -> {
            attempts.incrementAndGet();
            try {
                never.await(); // interrupted by the guard's timeout
            } catch (InterruptedException interrupted) {
                throw new Unavailable("interrupted");
            }
            return "never";
        }));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(2, attempts.get());
        assertTrue(e.getMessage().equals("timeout") || e.getMessage().equals("interrupted"), e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "bounded, took " + took);
    }

    @Test
    void theCircuitOpensAfterTooManyFailuresAndThenRefusesWithoutCalling() {
        CallGuards.Guarded guard = new CallGuards(4, 1.0, Duration.ofMinutes(1)).create("t", 0, Duration.ofSeconds(1));
        AtomicInteger attempts = new AtomicInteger();
        for (int i = 0; i < 4; i++) {
            assertThrows(Unavailable.class, () -> guard.call(() -> {
                attempts.incrementAndGet();
                throw new Unavailable("HTTP 500");
            }));
        }
        Unavailable open = assertThrows(Unavailable.class, () -> guard.call(() -> {
            attempts.incrementAndGet();
            return "not called";
        }));
        assertEquals("circuit open: the API failed too often recently", open.getMessage());
        assertEquals(4, attempts.get(), "the open circuit made no call");
    }
}
