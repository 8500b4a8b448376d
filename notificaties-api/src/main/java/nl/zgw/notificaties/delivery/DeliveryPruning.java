package nl.zgw.notificaties.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.persistence.DeliveryJobStore;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Prunes the attempt log and delivered jobs on a schedule, so the log tables do not grow without bound. */
@ApplicationScoped
public class DeliveryPruning {

    private static final Logger LOG = Logger.getLogger(DeliveryPruning.class);

    private final DeliveryJobStore store;
    private final NrcConfig.Pruning config;

    public DeliveryPruning(DeliveryJobStore store, NrcConfig config) {
        this.store = store;
        this.config = config.pruning();
    }

    @Scheduled(every = "${zgw.nrc.pruning.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void prune() {
        Instant now = Instant.now();
        long attempts = store.pruneAttempts(now.minus(config.attemptRetention()));
        long delivered = store.pruneDelivered(now.minus(config.deliveredRetention()));
        if (attempts + delivered > 0) {
            LOG.infof("Pruned %d attempt log rows and %d delivered jobs/notificaties", attempts, delivered);
        }
    }
}
