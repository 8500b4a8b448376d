package nl.zgw.notificaties.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.persistence.DeliveryJobStore;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Prunes the attempt log and delivered jobs on a schedule, so the log tables do not grow without bound; and forgets the
 * circuit breakers of abonnementen deleted through another replica.
 */
@ApplicationScoped
public class DeliveryPruning {

    private static final Logger LOG = Logger.getLogger(DeliveryPruning.class);

    private final DeliveryJobStore store;
    private final NrcConfig.Pruning config;

    private final CircuitBreakers breakers;

    public DeliveryPruning(DeliveryJobStore store, NrcConfig config, CircuitBreakers breakers) {
        this.store = store;
        this.config = config.pruning();
        this.breakers = breakers;
    }

    @Scheduled(every = "${zgw.nrc.pruning.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void prune() {
        breakers.retainOnly(store.existingAbonnementen(breakers.known()));
        Instant now = Instant.now();
        long attempts = store.pruneAttempts(now.minus(config.attemptRetention()));
        long delivered = store.pruneDelivered(now.minus(config.deliveredRetention()));
        if (attempts + delivered > 0) {
            LOG.infof("Pruned %d attempt log rows and %d delivered jobs/notificaties", attempts, delivered);
        }
    }
}
