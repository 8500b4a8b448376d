package nl.zgw.documenten.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The Documenten API's own settings (prefix {@code zgw.documenten}). */
@ConfigMapping(prefix = "zgw.documenten")
public interface DocumentenConfig {

    Storage storage();

    /** Size of one bestandsdeel announced for a chunked upload, in bytes. */
    @WithDefault("104857600")
    long chunkSize();

    /** Stored content up to this size is checked against its SHA-256 before the first byte is served. */
    @WithDefault("16777216")
    long verifyBeforeServingMaxSize();

    Sweeper sweeper();

    interface Storage {
        /** {@code filesystem} (default) or {@code s3}. */
        @WithDefault("filesystem")
        String type();

        /** Root directory of the filesystem store. */
        @WithDefault("./data/documenten")
        String path();
    }

    interface Sweeper {
        /** Content keys and uploads the database does not know are removed once older than this. */
        @WithDefault("PT24H")
        Duration minAge();

        @WithDefault("true")
        boolean enabled();

        /** How often the sweeper runs (a Quarkus scheduler interval, e.g. {@code 1h}). */
        @WithDefault("1h")
        String interval();
    }
}
