package nl.zgw.documenten.content.s3;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.documenten.content.ContentStore;

/**
 * The S3 store when {@code zgw.documenten.storage.type=s3}: selected at run time, so one build serves both
 * storages. Consumers inject {@code Instance<ContentStore>} and call {@code get()}; the filesystem store's producer
 * carries {@code @LookupIfProperty(name = "zgw.documenten.storage.type", stringValue = "filesystem",
 * lookupIfMissing = true)}.
 */
@ApplicationScoped
public class S3ContentStoreProducer {

    @Produces
    @Singleton
    @LookupIfProperty(name = "zgw.documenten.storage.type", stringValue = "s3")
    S3ContentStore s3ContentStore(S3StorageConfig config) {
        return S3ContentStore.create(config);
    }

    void close(@Disposes S3ContentStore store) {
        store.close();
    }
}
