package nl.zgw.documenten.content;

import nl.zgw.documenten.config.DocumentenConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/** The filesystem store (the default and the embedded run's) holds to the same contract as the S3 store. */
class FileSystemContentStoreTest extends ContentStoreContract {

    @TempDir
    Path root;

    private ContentStore store;

    @BeforeEach
    void open() {
        store = new FileSystemContentStore(config(root));
    }

    @Override
    protected ContentStore store() {
        return store;
    }

    private static DocumentenConfig config(Path root) {
        DocumentenConfig.Storage storage = new DocumentenConfig.Storage() {
            @Override
            public String type() {
                return "filesystem";
            }

            @Override
            public String path() {
                return root.toString();
            }
        };
        DocumentenConfig.Sweeper sweeper = new DocumentenConfig.Sweeper() {
            @Override
            public Duration minAge() {
                return Duration.ofHours(24);
            }

            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public String interval() {
                return "1h";
            }
        };
        return new DocumentenConfig() {
            @Override
            public Storage storage() {
                return storage;
            }

            @Override
            public long chunkSize() {
                return 100L * 1024 * 1024;
            }

            @Override
            public long verifyBeforeServingMaxSize() {
                return 16L * 1024 * 1024;
            }

            @Override
            public Sweeper sweeper() {
                return sweeper;
            }
        };
    }
}
