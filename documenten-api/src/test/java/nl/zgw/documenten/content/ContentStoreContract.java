package nl.zgw.documenten.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContentStore} does, whatever holds the bytes. A store's test extends this and answers
 * {@link #store()}; plain JUnit, no Quarkus.
 */
public abstract class ContentStoreContract {

    protected static final int MIB = 1024 * 1024;

    protected abstract ContentStore store();

    /** A part size every store joins in place (S3's smallest part before the last is 5 MiB). */
    protected int largePart() {
        return 5 * MIB;
    }

    protected static long seed() {
        return ThreadLocalRandom.current().nextLong();
    }

    protected static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    // ---------------------------------------------------------------- put / open / delete

    @Test
    void putAnswersSizeAndSha256OfTheBytesAndOpenGivesThemBack() throws IOException {
        long seed = seed();
        StoredContent stored = store().put(new GeneratedBytes(seed, 100_000));
        assertEquals(100_000, stored.size());
        assertEquals(GeneratedBytes.sha256(seed, 100_000), stored.sha256());
        assertArrayEquals(GeneratedBytes.slice(seed, 0, 100_000), readAll(store().open(stored.key(), 0, -1)));
    }

    @Test
    void putOfNothingIsAnEmptyObject() throws IOException {
        StoredContent stored = store().put(InputStream.nullInputStream());
        assertEquals(0, stored.size());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.sha256());
        assertEquals(0, readAll(store().open(stored.key(), 0, -1)).length);
    }

    @Test
    void everyPutHasItsOwnKey() throws IOException {
        StoredContent first = store().put(new ByteArrayInputStream(new byte[] {1}));
        StoredContent second = store().put(new ByteArrayInputStream(new byte[] {1}));
        assertFalse(first.key().equals(second.key()));
        assertEquals(first.sha256(), second.sha256());
    }

    @Test
    void openReadsRanges() throws IOException {
        long seed = seed();
        StoredContent stored = store().put(new GeneratedBytes(seed, 10_000));
        assertArrayEquals(GeneratedBytes.slice(seed, 0, 10), readAll(store().open(stored.key(), 0, 10)));
        assertArrayEquals(GeneratedBytes.slice(seed, 1234, 4321), readAll(store().open(stored.key(), 1234, 4321)));
        assertArrayEquals(GeneratedBytes.slice(seed, 9_000, 1_000), readAll(store().open(stored.key(), 9_000, -1)));
        assertArrayEquals(GeneratedBytes.slice(seed, 9_999, 1), readAll(store().open(stored.key(), 9_999, 1)));
        assertEquals(0, readAll(store().open(stored.key(), 500, 0)).length);
    }

    @Test
    void openPastTheEndGivesWhatIsThere() throws IOException {
        long seed = seed();
        StoredContent stored = store().put(new GeneratedBytes(seed, 1_000));
        assertArrayEquals(GeneratedBytes.slice(seed, 900, 100), readAll(store().open(stored.key(), 900, 500)));
        assertEquals(0, readAll(store().open(stored.key(), 1_000, -1)).length);
    }

    @Test
    void deleteRemovesAndAbsentIsNoError() throws IOException {
        StoredContent stored = store().put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        store().delete(stored.key());
        assertThrows(IOException.class, () -> readAll(store().open(stored.key(), 0, -1)));
        assertDoesNotThrow(() -> store().delete(stored.key()));
    }

    @Test
    void aLargeStreamIsStoredWithoutHoldingItAndReadBackByRanges() throws IOException {
        long seed = seed();
        long size = 64L * MIB + 12_345;
        StoredContent stored = store().put(new GeneratedBytes(seed, size));
        assertEquals(size, stored.size());
        assertEquals(GeneratedBytes.sha256(seed, size), stored.sha256());
        assertEquals(stored.sha256(), GeneratedBytes.sha256(store().open(stored.key(), 0, -1)));
        // across the 8 MiB boundary of a streamed part and at the very end
        long boundary = 8L * MIB - 100;
        assertArrayEquals(GeneratedBytes.slice(seed, boundary, 200), readAll(store().open(stored.key(), boundary, 200)));
        assertArrayEquals(GeneratedBytes.slice(seed, size - 10, 10), readAll(store().open(stored.key(), size - 10, -1)));
    }

    // ---------------------------------------------------------------- uploads in parts (bestandsdelen)

    /** Puts part {@code n} as bytes {@code offset..offset+size} of the generated document. */
    private void part(String upload, int n, long seed, long offset, int size) throws IOException {
        store().putPart(upload, n, new GeneratedBytes(seed, offset, size), size);
    }

    private void assertDocument(StoredContent stored, long seed, long size) throws IOException {
        assertEquals(size, stored.size());
        assertEquals(GeneratedBytes.sha256(seed, size), stored.sha256());
        assertEquals(stored.sha256(), GeneratedBytes.sha256(store().open(stored.key(), 0, -1)));
    }

    @Test
    void smallPartsInOrderAreJoined() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 1000);
        part(upload, 2, seed, 1000, 1000);
        part(upload, 3, seed, 2000, 500);
        StoredContent stored = store().completeUpload(upload, 3);
        assertDocument(stored, seed, 2500);
        assertArrayEquals(GeneratedBytes.slice(seed, 990, 20), readAll(store().open(stored.key(), 990, 20)));
    }

    @Test
    void partsOutOfOrderAreJoinedInOrder() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 3, seed, 2000, 700);
        part(upload, 1, seed, 0, 1000);
        part(upload, 2, seed, 1000, 1000);
        assertDocument(store().completeUpload(upload, 3), seed, 2700);
    }

    @Test
    void aPartSentAgainReplacesTheEarlierOne() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 1000);
        store().putPart(upload, 2, new GeneratedBytes(seed + 1, 1000), 1000);
        part(upload, 2, seed, 1000, 1000);
        assertDocument(store().completeUpload(upload, 2), seed, 2000);
    }

    @Test
    void aSinglePartUpload() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 4321);
        assertDocument(store().completeUpload(upload, 1), seed, 4321);
    }

    @Test
    void largePartsWithASmallLastOne() throws IOException {
        long seed = seed();
        int large = largePart();
        String upload = store().startUpload();
        part(upload, 2, seed, large, large);
        part(upload, 1, seed, 0, large);
        part(upload, 3, seed, 2L * large, 1234);
        StoredContent stored = store().completeUpload(upload, 3);
        assertDocument(stored, seed, 2L * large + 1234);
        assertArrayEquals(GeneratedBytes.slice(seed, large - 5, 10), readAll(store().open(stored.key(), large - 5, 10)));
    }

    @Test
    void largePartsWithALargeLastOne() throws IOException {
        long seed = seed();
        int large = largePart();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, large);
        part(upload, 2, seed, large, large + 17);
        assertDocument(store().completeUpload(upload, 2), seed, 2L * large + 17);
    }

    @Test
    void aSmallPartBetweenLargeOnes() throws IOException {
        long seed = seed();
        int large = largePart();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, large);
        part(upload, 2, seed, large, 3000);
        part(upload, 3, seed, large + 3000L, large);
        part(upload, 4, seed, 2L * large + 3000, 10);
        assertDocument(store().completeUpload(upload, 4), seed, 2L * large + 3010);
    }

    @Test
    void aLargePartReplacedByASmallOneAndBack() throws IOException {
        long seed = seed();
        int large = largePart();
        String upload = store().startUpload();
        // part 2 first large (other bytes), then small (the right ones): the small one counts
        part(upload, 1, seed, 0, large);
        store().putPart(upload, 2, new GeneratedBytes(seed + 1, large), large);
        part(upload, 2, seed, large, 999);
        assertDocument(store().completeUpload(upload, 2), seed, large + 999L);

        String again = store().startUpload();
        // part 1 first small (other bytes), then large (the right ones): the large one counts
        store().putPart(again, 1, new GeneratedBytes(seed + 1, 999), 999);
        part(again, 1, seed, 0, large);
        part(again, 2, seed, large, 999);
        assertDocument(store().completeUpload(again, 2), seed, large + 999L);
    }

    @Test
    void partsBeyondTheCountAreLeftOut() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 800);
        part(upload, 2, seed, 800, 800);
        store().putPart(upload, 3, new GeneratedBytes(seed + 1, 800), 800);
        assertDocument(store().completeUpload(upload, 2), seed, 1600);
    }

    @Test
    void aMissingPartFailsTheCompletion() throws IOException {
        long seed = seed();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 800);
        part(upload, 3, seed, 1600, 800);
        assertThrows(IOException.class, () -> store().completeUpload(upload, 3));
    }

    @Test
    void anAbortedUploadIsGone() throws IOException {
        long seed = seed();
        Instant later = Instant.now().plusSeconds(120);
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 800);
        assertTrue(store().uploadsOlderThan(later).contains(upload));
        store().abortUpload(upload);
        assertFalse(store().uploadsOlderThan(later).contains(upload));
        assertThrows(IOException.class, () -> store().completeUpload(upload, 1));
        assertDoesNotThrow(() -> store().abortUpload(upload));
    }

    @Test
    void aPartOfAnUnknownUploadFails() {
        assertThrows(IOException.class,
                () -> store().putPart("0b8ef3a4-5c61-4c59-9d1b-2f3a3e0c0000", 1, new GeneratedBytes(1, 10), 10));
    }

    /**
     * The service crashed (or its commit failed) after the join, before the document's metadata named the joined
     * object: the parts are gone, and the repeated completion must answer the joined object again, not fail.
     */
    @Test
    void aCompletionRepeatedAfterTheJoinAnswersTheJoinedObject() throws IOException {
        long seed = seed();
        int large = largePart();
        String upload = store().startUpload();
        part(upload, 1, seed, 0, large);
        part(upload, 2, seed, large, 1234);
        StoredContent first = store().completeUpload(upload, 2);
        StoredContent again = store().completeUpload(upload, 2);
        assertEquals(first, again);
        assertDocument(again, seed, large + 1234L);
        assertFalse(store().uploadsOlderThan(Instant.now().plusSeconds(120)).contains(upload));
    }

    @Test
    void aCompletedUploadIsNoLongerAnUpload() throws IOException {
        long seed = seed();
        Instant later = Instant.now().plusSeconds(120);
        String upload = store().startUpload();
        part(upload, 1, seed, 0, 800);
        StoredContent stored = store().completeUpload(upload, 1);
        assertFalse(store().uploadsOlderThan(later).contains(upload));
        assertTrue(store().keysOlderThan(later).contains(stored.key()));
    }

    // ---------------------------------------------------------------- the sweeper's lists

    @Test
    void keysOlderThanListsByAge() throws IOException {
        Instant before = Instant.now().minusSeconds(120);
        StoredContent stored = store().put(new ByteArrayInputStream(new byte[] {7}));
        List<String> old = store().keysOlderThan(before);
        assertFalse(old.contains(stored.key()));
        assertTrue(store().keysOlderThan(Instant.now().plusSeconds(120)).contains(stored.key()));
    }

    @Test
    void uploadsOlderThanListsByAge() throws IOException {
        Instant before = Instant.now().minusSeconds(120);
        String upload = store().startUpload();
        store().putPart(upload, 1, new ByteArrayInputStream(new byte[] {1}), 1);
        assertFalse(store().uploadsOlderThan(before).contains(upload));
        assertTrue(store().uploadsOlderThan(Instant.now().plusSeconds(120)).contains(upload));
        assertFalse(store().keysOlderThan(Instant.now().plusSeconds(120)).stream().anyMatch(k -> k.contains(upload)),
                "an upload in progress is no stored object");
    }
}
