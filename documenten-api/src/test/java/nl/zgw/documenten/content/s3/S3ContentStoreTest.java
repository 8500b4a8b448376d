package nl.zgw.documenten.content.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.zgw.documenten.content.ContentStore;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import nl.zgw.documenten.content.ContentStoreContract;
import nl.zgw.documenten.content.GeneratedBytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** The content store contract on a real S3-compatible server (s3proxy, in this JVM), plus what is S3's own. */
class S3ContentStoreTest extends ContentStoreContract {

    private static final String BUCKET = "documenten";

    @TempDir
    static Path directory;

    private static S3ProxyServer server;
    private static S3Client client;
    private static S3ContentStore store;

    @BeforeAll
    static void start() throws Exception {
        server = S3ProxyServer.start(directory);
        client = server.client();
        client.createBucket(r -> r.bucket(BUCKET));
        store = S3ContentStore.create(server.config(BUCKET));
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        client.close();
        server.close();
    }

    @Override
    protected ContentStore store() {
        return store;
    }

    @Test
    void aStreamLongerThanOnePartIsAMultipartObject() throws IOException {
        long seed = seed();
        long size = 20L * MIB + 3;
        StoredContent stored = store.put(new GeneratedBytes(seed, size));
        String etag = client.headObject(r -> r.bucket(BUCKET).key(stored.key())).eTag();
        // S3 marks an object made of parts with "-<parts>" in its ETag: 8 + 8 + 4 MiB
        assertTrue(etag.replace("\"", "").endsWith("-3"), etag);
        assertEquals(GeneratedBytes.sha256(seed, size), stored.sha256());
    }

    @Test
    void anotherInstanceCompletesAnUploadThisOneStarted() throws IOException {
        long seed = seed();
        String upload = store.startUpload();
        store.putPart(upload, 1, new GeneratedBytes(seed, 0, 5 * MIB), 5 * MIB);
        try (S3ContentStore other = S3ContentStore.create(server.config(BUCKET))) {
            other.putPart(upload, 2, new GeneratedBytes(seed, 5 * MIB, 10), 10);
            StoredContent stored = other.completeUpload(upload, 2);
            assertEquals(GeneratedBytes.sha256(seed, 5L * MIB + 10), stored.sha256());
        }
    }

    @Test
    void smallPartsAreGoneAfterCompletion() throws IOException {
        long seed = seed();
        String upload = store.startUpload();
        store.putPart(upload, 1, new GeneratedBytes(seed, 0, 100), 100);
        store.putPart(upload, 2, new GeneratedBytes(seed, 100, 100), 100);
        store.completeUpload(upload, 2);
        assertEquals(0, client.listObjectsV2(r -> r.bucket(BUCKET).prefix(S3ContentStore.UPLOADS + upload)).keyCount());
        assertTrue(store.uploadsOlderThan(Instant.now().plusSeconds(120)).stream().noneMatch(upload::equals));
    }

    @Test
    void aBucketIsRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> S3ContentStore.create(server.config(Optional.empty())));
        assertTrue(e.getMessage().contains("zgw.documenten.storage.s3.bucket"), e.getMessage());
    }

    @Test
    void aPartSizeBelowS3sMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new S3ContentStore(client, BUCKET, 1024));
    }
}
