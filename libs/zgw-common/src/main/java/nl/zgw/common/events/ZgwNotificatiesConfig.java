package nl.zgw.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "zgw.notificaties")
public interface ZgwNotificatiesConfig {

    /** API root of the Notificaties API; without it notifications wait in the outbox. */
    Optional<String> url();

    /** How often the relay looks for due rows besides being woken by each commit (read by the scheduler). */
    @WithDefault("1s")
    String pollInterval();

    /** How many outbox rows one relay pass sends. */
    @WithDefault("100")
    int batchSize();

    /** First retry delay; doubles per attempt up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    /** Bounds the wait after an outage ends, too: keep it short. */
    @WithDefault("PT1M")
    Duration maxBackoff();

    /** Bounds one call to the Notificaties API (connecting and, separately, waiting for the answer). */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How long a claimed outbox row belongs to the relay that claimed it; no other replica sends it meanwhile, and
     * a relay killed mid-send leaves it to be sent again once the lease ends. Must exceed twice the request timeout.
     */
    @WithDefault("PT1M")
    Duration lease();

    /** One relay pass stops claiming rows after this long, so a large backlog is sent over several polls. */
    @WithDefault("PT30S")
    Duration maxPassDuration();
}
