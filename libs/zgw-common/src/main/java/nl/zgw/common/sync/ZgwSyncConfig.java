package nl.zgw.common.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The relay of persisted synchronisations ({@link SynchronisatieRelay}). */
@ConfigMapping(prefix = "zgw.sync")
public interface ZgwSyncConfig {

    /** How often the relay looks for due rows besides being woken by each commit (read by the scheduler). */
    @WithDefault("1s")
    String pollInterval();

    /** How many rows one claim leases. */
    @WithDefault("50")
    int batchSize();

    /** First retry delay; doubles per attempt up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    /** Longest retry delay: a row that keeps failing is tried again at least this often, forever. */
    @WithDefault("PT5M")
    Duration maxBackoff();

    /**
     * How long claimed rows belong to the relay that claimed them; a relay only starts a row in the first half of its
     * lease, so a handler (whose calls have their own timeouts) must finish within half of it.
     */
    @WithDefault("PT2M")
    Duration lease();

    /**
     * How long the background relay leaves a row planned in a {@link SynchronisatiesVoorAntwoord} call to that call's
     * own first attempt; only when the call never made it (the service stopped in between) does the relay take over.
     */
    @WithDefault("PT10S")
    Duration inlineGrace();
}
