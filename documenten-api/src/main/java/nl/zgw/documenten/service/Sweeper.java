package nl.zgw.documenten.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import nl.zgw.documenten.config.DocumentenConfig;
import nl.zgw.documenten.content.ContentStore;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.persistence.DocumentRepository;
import org.jboss.logging.Logger;

/**
 * Removes content the database does not know: objects written by a request that failed or crashed before its
 * metadata committed, and uploads in parts abandoned that way. Only what is older than
 * {@code zgw.documenten.sweeper.min-age} is considered, so a write in progress is never touched.
 */
@ApplicationScoped
public class Sweeper {

    private static final Logger LOG = Logger.getLogger(Sweeper.class);

    private final ContentStores stores;
    private final DocumentRepository documents;
    private final DocumentenConfig config;

    public Sweeper(ContentStores stores, DocumentRepository documents, DocumentenConfig config) {
        this.stores = stores;
        this.documents = documents;
        this.config = config;
    }

    @Scheduled(every = "${zgw.documenten.sweeper.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.sweeper().enabled()) {
            sweep(Instant.now().minus(config.sweeper().minAge()));
        }
    }

    /** One pass over what was written before {@code before}; answers how many keys and uploads it removed. */
    @ActivateRequestContext
    public int sweep(Instant before) {
        ContentStore store = stores.current();
        int removed = 0;
        try {
            List<String> keys = store.keysOlderThan(before);
            for (String key : keys) {
                if (!known(key)) {
                    store.delete(key);
                    removed++;
                }
            }
            for (String upload : store.uploadsOlderThan(before)) {
                if (!uploadKnown(upload)) {
                    store.abortUpload(upload);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("content sweep stopped: %s", e.getMessage());
        }
        if (removed > 0) {
            LOG.infof("content sweep removed %d orphaned objects and uploads", removed);
        }
        return removed;
    }

    /**
     * A key a version names, or the object an upload in parts is joined into before its metadata commits: both
     * stores name that one after the upload ({@code <2 hex>/<uploadId>}, {@code content/<uploadId>}), and while
     * a document still holds the upload, a repeated unlock answers it (the parts are gone by then).
     */
    @Transactional
    boolean known(String key) {
        return documents.contentKeyKnown(key) || documents.uploadKnown(key.substring(key.lastIndexOf('/') + 1));
    }

    @Transactional
    boolean uploadKnown(String upload) {
        return documents.uploadKnown(upload);
    }
}
