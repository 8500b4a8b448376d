package nl.zgw.documenten.content;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zgw.documenten.config.DocumentenConfig;

/**
 * Content as files under {@code zgw.documenten.storage.path}: {@code objects/<2 hex>/<uuid>} for stored objects and
 * {@code uploads/<uuid>/<partNumber>} for uploads in parts. An object is written to a temporary name and moved into
 * place when complete, so a key always names full bytes.
 */
@ApplicationScoped
@LookupIfProperty(name = "zgw.documenten.storage.type", stringValue = "filesystem", lookupIfMissing = true)
public class FileSystemContentStore implements ContentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");
    private static final Pattern UPLOAD = Pattern.compile("[0-9a-f-]{36}");
    private static final int BUFFER = 64 * 1024;

    private final Path objects;
    private final Path uploads;
    private final Path tmp;

    public FileSystemContentStore(DocumentenConfig config) {
        Path root = Path.of(config.storage().path()).toAbsolutePath().normalize();
        this.objects = root.resolve("objects");
        this.uploads = root.resolve("uploads");
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(objects);
            Files.createDirectories(uploads);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document store under " + root, e);
        }
    }

    /** The file of {@code key} (for operators and tests). */
    public Path file(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a content key");
        }
        return objects.resolve(key);
    }

    @Override
    public StoredContent put(InputStream bytes) throws IOException {
        String id = UUID.randomUUID().toString();
        Path part = tmp.resolve(id);
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(bytes, sha);
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
            size = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return new StoredContent(moveIntoPlace(part, id), size, HexFormat.of().formatHex(sha.digest()));
    }

    private String moveIntoPlace(Path file, String id) throws IOException {
        String key = id.substring(0, 2) + "/" + id;
        Path target = objects.resolve(key);
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        InputStream in = Files.newInputStream(file(key));
        if (offset > 0) {
            in.skipNBytes(offset);
        }
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    @Override
    public String startUpload() throws IOException {
        String id = UUID.randomUUID().toString();
        Files.createDirectories(uploads.resolve(id));
        return id;
    }

    @Override
    public void putPart(String uploadId, int partNumber, InputStream bytes, long size) throws IOException {
        Path dir = upload(uploadId);
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException("upload " + uploadId);
        }
        Path part = tmp.resolve(UUID.randomUUID().toString());
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
            long written = bytes.transferTo(out);
            if (size >= 0 && written != size) {
                throw new IOException("part " + partNumber + " has " + written + " bytes, expected " + size);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, dir.resolve(Integer.toString(partNumber)), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The joined object is named after the upload ({@code <2 hex>/<uploadId>}) and written to a temporary name
     * first, so it exists only complete. A completion repeated after the first one's metadata was lost (the service
     * crashed, or its commit failed, after the join had removed the parts) finds it and answers it again.
     */
    @Override
    public StoredContent completeUpload(String uploadId, int partCount) throws IOException {
        Path dir = upload(uploadId);
        String done = uploadId.substring(0, 2) + "/" + uploadId;
        if (Files.isRegularFile(objects.resolve(done))) {
            StoredContent again = hashed(done);
            abortUpload(uploadId);
            return again;
        }
        String id = UUID.randomUUID().toString();
        Path joined = tmp.resolve(id);
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.CREATE_NEW)) {
            for (int i = 1; i <= partCount; i++) {
                try (InputStream in = Files.newInputStream(dir.resolve(Integer.toString(i)))) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                        size += n;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(joined);
            throw e;
        }
        String key = moveIntoPlace(joined, uploadId);
        abortUpload(uploadId);
        return new StoredContent(key, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Size and SHA-256 of a stored object, read once. */
    private StoredContent hashed(String key) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file(key))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return new StoredContent(key, size, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void abortUpload(String uploadId) throws IOException {
        Path dir = upload(uploadId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir)) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Override
    public List<String> keysOlderThan(Instant before) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(objects)) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(prefix)) {
                    for (Path f : files) {
                        if (olderThan(f, before)) {
                            out.add(prefix.getFileName() + "/" + f.getFileName());
                        }
                    }
                }
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path f : files) {   // a write that died half-way: never a key, removed here
                if (olderThan(f, before)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return out;
    }

    @Override
    public List<String> uploadsOlderThan(Instant before) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(uploads)) {
            for (Path d : dirs) {
                if (olderThan(d, before)) {
                    out.add(d.getFileName().toString());
                }
            }
        }
        return out;
    }

    private Path upload(String uploadId) {
        if (uploadId == null || !UPLOAD.matcher(uploadId).matches()) {
            throw new IllegalArgumentException("not an upload id");
        }
        return uploads.resolve(uploadId);
    }

    private static boolean olderThan(Path p, Instant before) throws IOException {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant().isBefore(before);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At most {@code remaining} bytes of the stream. */
    static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
