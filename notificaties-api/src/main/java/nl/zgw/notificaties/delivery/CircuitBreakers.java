package nl.zgw.notificaties.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.notificaties.config.NrcConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per abonnement (in this process): after {@code failure-threshold} consecutive failed attempts it
 * opens, so the dispatcher stops claiming that abonnement's jobs and one dead subscriber does not slow the others.
 * When the open period has passed, one job is sent as a probe (half-open): success closes the breaker, failure opens
 * it again for twice as long (up to {@code max-open}).
 */
@ApplicationScoped
public class CircuitBreakers {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private static final class Breaker {
        int consecutiveFailures;
        Instant openUntil;
        Duration openFor;
        boolean probing;
    }

    private final NrcConfig.Breaker config;
    private final Map<Long, Breaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(NrcConfig config) {
        this.config = config.breaker();
    }

    /** Abonnementen whose jobs are not claimed in ordinary batches (open, or waiting for / running a probe). */
    public synchronized Set<Long> blocked() {
        return Set.copyOf(breakers.entrySet().stream().filter(e -> e.getValue().openUntil != null)
                .map(Map.Entry::getKey).toList());
    }

    /** Abonnementen whose open period has passed and that have no probe running: each gets one probe now. */
    public synchronized List<Long> takeProbes() {
        Instant now = Instant.now();
        List<Long> probes = new ArrayList<>();
        breakers.forEach((id, b) -> {
            if (b.openUntil != null && !b.probing && !now.isBefore(b.openUntil)) {
                b.probing = true;
                probes.add(id);
            }
        });
        return probes;
    }

    /** The probe found nothing to send: nothing is known about the subscriber, so start afresh. */
    public synchronized void probeUnused(long abonnementId) {
        breakers.remove(abonnementId);
    }

    public synchronized void success(long abonnementId) {
        breakers.remove(abonnementId);
    }

    /** Records a failed attempt; true when this failure opened (or re-opened) the breaker. */
    public synchronized boolean failure(long abonnementId) {
        Breaker b = breakers.computeIfAbsent(abonnementId, id -> new Breaker());
        b.consecutiveFailures++;
        if (b.probing) {
            b.probing = false;
            b.openFor = min(b.openFor.multipliedBy(2), config.maxOpen());
            b.openUntil = Instant.now().plus(b.openFor);
            return true;
        }
        if (b.openUntil == null && b.consecutiveFailures >= config.failureThreshold()) {
            b.openFor = config.open();
            b.openUntil = Instant.now().plus(b.openFor);
            return true;
        }
        return false;
    }

    public synchronized State state(long abonnementId) {
        Breaker b = breakers.get(abonnementId);
        if (b == null || b.openUntil == null) {
            return State.CLOSED;
        }
        return b.probing || !Instant.now().isBefore(b.openUntil) ? State.HALF_OPEN : State.OPEN;
    }

    public synchronized boolean isOpen(long abonnementId) {
        Breaker b = breakers.get(abonnementId);
        return b != null && b.openUntil != null && !b.probing;
    }

    /** Closes the breaker, e.g. when an operator re-delivers. */
    public synchronized void reset(long abonnementId) {
        breakers.remove(abonnementId);
    }

    /** The abonnement was deleted: nothing to remember about it. */
    public synchronized void forget(long abonnementId) {
        breakers.remove(abonnementId);
    }

    /** Forgets every abonnement not in {@code existing} (deleted through another replica). */
    public synchronized void retainOnly(Set<Long> existing) {
        breakers.keySet().retainAll(existing);
    }

    /** The abonnementen this process remembers anything about. */
    public synchronized Set<Long> known() {
        return Set.copyOf(breakers.keySet());
    }

    /**
     * The result of an attempt was not recorded (the job was given back or deleted meanwhile), so it says nothing
     * about the subscriber: a probe is taken again at the next pass instead of blocking the abonnement for good.
     */
    public synchronized void inconclusive(long abonnementId) {
        Breaker b = breakers.get(abonnementId);
        if (b != null) {
            b.probing = false;
        }
    }

    public synchronized Map<Long, State> openCircuits() {
        Map<Long, State> m = new java.util.TreeMap<>();
        breakers.keySet().forEach(id -> {
            State s = state(id);
            if (s != State.CLOSED) {
                m.put(id, s);
            }
        });
        return m;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
