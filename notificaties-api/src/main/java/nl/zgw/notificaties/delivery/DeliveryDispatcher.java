package nl.zgw.notificaties.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.persistence.DeliveryJobStore;
import nl.zgw.notificaties.persistence.DeliveryJobStore.ClaimedJob;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The delivery engine of this process: claims due jobs in short transactions, POSTs them to the callbacks outside any
 * transaction with bounded concurrency (overall and per abonnement), and records each result. A 2xx is delivered;
 * anything else is retried with exponential backoff and jitter until the job's retry window (default 24h) has passed,
 * after which the job is failed (visible and re-deliverable through the ops endpoints). Several replicas may run this
 * at once against one database: claims use {@code FOR UPDATE SKIP LOCKED} and leases.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryJobStore store;
    private final CallbackClient client;
    private final CircuitBreakers breakers;
    private final NrcConfig.Delivery config;
    private final Semaphore permits;
    private final Duration requestTimeout;
    private final RetrySchedule retries;
    private final Map<Long, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    /** The jobs being sent now, to give back on a stop that cannot wait for them. */
    private final Set<ClaimedJob> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> daemon(r, "nrc-dispatch"));
    private final ExecutorService recorder = Executors.newFixedThreadPool(4, r -> daemon(r, "nrc-record"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean suspended;
    private volatile boolean stopped;

    public DeliveryDispatcher(DeliveryJobStore store, CallbackClient client, CircuitBreakers breakers,
                              NrcConfig config) {
        this.store = store;
        this.client = client;
        this.breakers = breakers;
        this.config = config.delivery();
        this.permits = new Semaphore(this.config.maxConcurrency());
        this.requestTimeout = config.callback().requestTimeout();
        this.retries = RetrySchedule.of(this.config);
    }

    /** Look for due jobs now (after a notificatie was committed, or a delivery finished). */
    public void wakeUp() {
        if (!config.enabled() || suspended || stopped) {
            return;
        }
        if (wakeUpPending.compareAndSet(false, true)) {
            try {
                loop.submit(() -> {
                    wakeUpPending.set(false);
                    try {
                        dispatch();
                    } catch (RuntimeException e) {
                        LOG.warnf("Delivery pass failed, retried at the next poll: %s", e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeUpPending.set(false);
            }
        }
    }

    @Scheduled(every = "${zgw.nrc.delivery.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Stops claiming new jobs in this process (in-flight deliveries finish). */
    public void suspend() {
        suspended = true;
    }

    public void resume() {
        suspended = false;
        wakeUp();
    }

    public int inFlight() {
        return config.maxConcurrency() - permits.availablePermits();
    }

    private void dispatch() {
        for (Long abonnementId : breakers.takeProbes()) {
            if (suspended || stopped || !permits.tryAcquire()) {
                breakers.probeUnused(abonnementId);
                continue;
            }
            List<ClaimedJob> probe = store.claim(1, 1, List.of(), abonnementId, config.lease());
            if (probe.isEmpty()) {
                permits.release();
                breakers.probeUnused(abonnementId);
            } else {
                send(probe.get(0));
            }
        }
        while (!suspended && !stopped) {
            int available = Math.min(permits.availablePermits(), config.batchSize());
            if (available == 0) {
                return; // a finishing delivery wakes us up
            }
            // only this loop starts deliveries, so the snapshot can only overstate what is in flight
            Map<Long, Integer> busy = new HashMap<>();
            inFlight.forEach((id, n) -> busy.put(id, n.get()));
            List<ClaimedJob> jobs = store.claim(available, config.maxConcurrencyPerAbonnement(), busy,
                    breakers.blocked(), null, config.lease());
            for (ClaimedJob job : jobs) {
                if (breakers.isOpen(job.abonnementId())) {
                    store.release(job);
                    continue;
                }
                permits.acquireUninterruptibly();
                send(job);
            }
            if (jobs.size() < available) {
                return;
            }
        }
    }

    private void send(ClaimedJob job) {
        inFlight.computeIfAbsent(job.abonnementId(), id -> new AtomicInteger()).incrementAndGet();
        sending.add(job);
        client.post(job.callbackUrl(), job.auth(), job.payload())
                .thenAcceptAsync(outcome -> record(job, outcome), recorder)
                .whenComplete((ignored, error) -> {
                    sending.remove(job);
                    if (error != null) {
                        LOG.warnf("Recording the result of %s failed; its lease will expire: %s", job, error);
                    }
                    inFlight.computeIfPresent(job.abonnementId(), (id, n) -> n.decrementAndGet() <= 0 ? null : n);
                    permits.release();
                    wakeUp();
                });
    }

    private void record(ClaimedJob job, CallbackClient.Outcome outcome) {
        if (outcome.delivered()) {
            breakers.success(job.abonnementId());
            if (!store.delivered(job, outcome.started(), outcome.durationMs(), outcome.status())) {
                LOG.debugf("%s delivered after its lease expired", job);
            }
            LOG.debugf("%s delivered: HTTP %d in %d ms", job, outcome.status(), outcome.durationMs());
            return;
        }
        String error = outcome.status() != null ? "HTTP " + outcome.status() : outcome.error();
        Instant next = retries.next(job.attempt(), Instant.now(), job.retryUntil());
        boolean exhausted = next == null;
        if (!store.failed(job, outcome.started(), outcome.durationMs(), outcome.status(), error, next)) {
            // the job was given back, taken over or deleted (with its abonnement): not ours to count
            LOG.debugf("%s not delivered (%s), but no longer held by this worker", job, error);
            breakers.inconclusive(job.abonnementId());
            return;
        }
        if (exhausted) {
            LOG.warnf("%s failed for good after %d attempts (%s); re-deliver it through the ops API",
                    job, job.attempt(), error);
        } else {
            LOG.infof("%s not delivered (%s in %d ms); next attempt at %s", job, error, outcome.durationMs(), next);
        }
        if (breakers.failure(job.abonnementId())) {
            LOG.warnf("Circuit opened for abonnement %d after repeated failures", job.abonnementId());
            store.failExpired(job.abonnementId());
        }
    }

    /**
     * Graceful stop: claim nothing more, give in-flight deliveries up to the request timeout (which bounds every
     * exchange) to finish and be recorded, and give back whatever is still open so that another replica takes it at
     * once instead of after its lease. Nothing is lost either way: a job given back is simply pending again.
     */
    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        loop.shutdownNow();
        int released = quiesce(requestTimeout.plusSeconds(1));
        if (released > 0) {
            LOG.infof("Stopping: gave back %d deliveries still in flight", released);
        }
        recorder.shutdown();
    }

    /**
     * Stops claiming (as {@link #suspend()}) and waits up to {@code timeout} for the deliveries in flight to be
     * recorded; those still open then are given back (pending, due now, their lease cleared so a late result of this
     * process is not recorded). Returns how many were given back.
     */
    public int quiesce(Duration timeout) {
        suspended = true;
        try {
            if (permits.tryAcquire(config.maxConcurrency(), timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                permits.release(config.maxConcurrency());
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int released = 0;
        for (ClaimedJob job : sending) {
            if (sending.remove(job)) {
                store.release(job);
                released++;
            }
        }
        return released;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
