package nl.zgw.documenten.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where the bytes of a document version live (the filesystem by default, S3-compatible object storage in
 * production). Content is written first and metadata second: a key the database does not know is an orphan the
 * sweeper removes after a configurable age; a key the database knows always has its full bytes.
 */
public interface ContentStore {

    /** Streams {@code bytes} into a new object; never holds it in memory. */
    StoredContent put(InputStream bytes) throws IOException;

    /** The bytes from {@code offset}, {@code length} of them ({@code -1}: to the end). The caller closes it. */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Removes the object; absent is not an error. */
    void delete(String key) throws IOException;

    /** Starts an upload in parts (bestandsdelen); answers its upload id. */
    String startUpload() throws IOException;

    /** Stores part {@code partNumber} (1-based) of an upload; a part sent again replaces the earlier one. */
    void putPart(String uploadId, int partNumber, InputStream bytes, long size) throws IOException;

    /** Joins parts 1..{@code partCount} into one object, in order. */
    StoredContent completeUpload(String uploadId, int partCount) throws IOException;

    /** Drops an upload and its parts; absent is not an error. */
    void abortUpload(String uploadId) throws IOException;

    /** Keys of objects and upload ids written before {@code before}, for the sweeper. */
    List<String> keysOlderThan(Instant before) throws IOException;

    List<String> uploadsOlderThan(Instant before) throws IOException;

    /** A stored object: its key, its size in bytes and the hex SHA-256 of its bytes. */
    record StoredContent(String key, long size, String sha256) {
    }
}
