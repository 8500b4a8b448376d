package nl.zgw.common.outbound;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * SmallRye Fault Tolerance for the synchronous calls to other APIs (reference fetches, Autorisaties API lookups):
 * per attempt a {@code @Timeout}, a {@code @Retry} of an {@link Unavailable} or timed-out attempt, and a
 * {@code @CircuitBreaker} per remote API that, once opened, refuses at once instead of making every request wait for a
 * dead API. Persisted retries (the outbox relay, Notificaties delivery) do not use this: they outlive the process.
 */
@ApplicationScoped
public class CallGuards {

    private final int requestVolumeThreshold;
    private final double failureRatio;
    private final Duration openDelay;

    @Inject
    public CallGuards(OutboundConfig config) {
        this(config.circuitBreaker().requestVolumeThreshold(), config.circuitBreaker().failureRatio(),
                config.circuitBreaker().delay());
    }

    public CallGuards(int requestVolumeThreshold, double failureRatio, Duration openDelay) {
        this.requestVolumeThreshold = requestVolumeThreshold;
        this.failureRatio = failureRatio;
        this.openDelay = openDelay;
    }

    /** A guard for one remote API; keep it (its circuit state lives in it). */
    public Guarded create(String name, int retries, Duration timeout) {
        Guard guard = Guard.create()
                .withDescription(name)
                // a backstop behind the request's own timeout, which on JDK 17 does not bound a stalled body
                .withTimeout().duration(timeout.toMillis() + 500, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(retries).delay(50, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .maxDuration(timeout.plusMillis(600).multipliedBy(retries + 2L).toMillis(), ChronoUnit.MILLIS)
                .retryOn(List.of(Unavailable.class, TimeoutException.class)).done()
                .withCircuitBreaker().requestVolumeThreshold(requestVolumeThreshold)
                .failureRatio(failureRatio).delay(openDelay.toMillis(), ChronoUnit.MILLIS)
                .failOn(List.of(Unavailable.class, TimeoutException.class)).done()
                .build();
        return new Guarded(guard);
    }

    /** A guarded call: its result, or an {@link Unavailable} when the attempts are spent or the circuit is open. */
    public static final class Guarded {

        private final Guard guard;

        private Guarded(Guard guard) {
            this.guard = guard;
        }

        /**
         * One attempt, no retry, no circuit: for a client built outside CDI (a test fixture, a tool), where the
         * fault-tolerance runtime is not available.
         */
        public static Guarded singleAttempt() {
            return new Guarded(null);
        }

        /**
         * Runs {@code attempt} under the guard. An attempt that is interrupted (the guard's timeout interrupts the
         * waiting thread) should throw {@link Unavailable}.
         */
        @SuppressWarnings("unchecked")
        public <T> T call(Supplier<T> attempt) {
            if (guard == null) {
                return attempt.get();
            }
            Supplier<Object> untyped = attempt::get;
            try {
                return (T) guard.get(untyped, Object.class);
            } catch (CircuitBreakerOpenException e) {
                throw new Unavailable("circuit open: the API failed too often recently");
            } catch (TimeoutException e) {
                throw new Unavailable("timeout");
            }
        }
    }
}
