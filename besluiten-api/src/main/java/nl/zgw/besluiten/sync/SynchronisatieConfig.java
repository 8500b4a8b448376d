package nl.zgw.besluiten.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The relay of {@code besluit_synchronisatie} (see {@link SynchronisatieRelay}). */
@ConfigMapping(prefix = "besluiten.sync")
public interface SynchronisatieConfig {

    /** How often the relay looks for due jobs besides being woken by each commit. */
    @WithDefault("2s")
    String pollInterval();

    /** How many jobs one claim leases. */
    @WithDefault("50")
    int batchSize();

    /** First retry delay; doubles per attempt up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** Timeout of one HTTP call to the Zaken or Documenten API (connect and answer each). */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long claimed jobs belong to the relay that claimed them; must exceed a job's calls (checked at startup). */
    @WithDefault("PT2M")
    Duration lease();
}
