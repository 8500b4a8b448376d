package nl.zgw.notificaties.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/** Refuses to start with settings under which the delivery engine would misbehave. */
@ApplicationScoped
public class NrcConfigCheck {

    void onStart(@Observes StartupEvent event, NrcConfig config) {
        if (config.delivery().enabled()) {
            check(config.delivery().lease(), config.callback().requestTimeout());
        }
    }

    /**
     * The lease must outlast the longest delivery: a job whose lease expires while it is still being sent is claimed
     * and sent again by another worker, and its first result is then thrown away.
     */
    public static void check(Duration lease, Duration requestTimeout) {
        if (lease.compareTo(requestTimeout) <= 0) {
            throw new IllegalStateException("zgw.nrc.delivery.lease (" + lease + ") must be longer than"
                    + " zgw.nrc.callback.request-timeout (" + requestTimeout + "): otherwise a delivery still in"
                    + " flight is claimed and sent again by another worker");
        }
    }
}
