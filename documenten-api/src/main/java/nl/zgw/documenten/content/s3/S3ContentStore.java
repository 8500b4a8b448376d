package nl.zgw.documenten.content.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.zgw.documenten.content.ContentStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link ContentStore} on S3-compatible object storage (AWS S3, MinIO, Ceph RGW, s3proxy), AWS SDK v2.
 *
 * <p>Layout in the bucket:
 * <ul>
 * <li>{@code content/<uuid>}: a stored document version (the key answered in {@link StoredContent});</li>
 * <li>an upload in parts {@code <id>} is a native S3 multipart upload on the key {@code content/<id>}; a part of
 * at least {@link #MIN_PART_SIZE} bytes is uploaded into it as S3 part {@code n};</li>
 * <li>{@code uploads/<id>/<n>}: a part smaller than S3's minimum part (S3 refuses those unless they are the last),
 * kept as its own object until the upload completes.</li>
 * </ul>
 *
 * <p>Memory: {@link #put} holds one part buffer ({@code partSize}, 8 MiB by default) per call; parts of an upload
 * stream straight through. The SHA-256 is computed from the bytes themselves: while streaming in {@link #put}, and
 * by reading the completed object once after a native multipart completion (SHA-256 digests of parts cannot be
 * combined into the digest of the whole).
 */
public class S3ContentStore implements ContentStore, AutoCloseable {

    /** S3's smallest part, for every part but the last. */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    static final String CONTENT = "content/";
    static final String UPLOADS = "uploads/";
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;
    /** The S3 upload id of each upload this instance started or looked up (another instance finds it by listing). */
    private final Map<String, String> s3UploadIds = new ConcurrentHashMap<>();

    public S3ContentStore(S3Client s3, String bucket, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("part size " + partSize + " is below S3's minimum of " + MIN_PART_SIZE);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    /** A store with its own client from the configuration. */
    public static S3ContentStore create(S3StorageConfig config) {
        String bucket = config.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "zgw.documenten.storage.type=s3 needs zgw.documenten.storage.s3.bucket"));
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // S3-compatible servers do not all know the SDK's newer default checksums (CRC32 trailers)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return new S3ContentStore(builder.build(), bucket, config.partSize());
    }

    @Override
    public void close() {
        s3.close();
    }

    // ---------------------------------------------------------------- objects

    @Override
    public StoredContent put(InputStream bytes) throws IOException {
        return putAs(CONTENT + UUID.randomUUID(), bytes);
    }

    /** Streams into {@code key}: one PutObject when it fits one buffer, a multipart upload of full buffers else. */
    private StoredContent putAs(String key, InputStream bytes) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[partSize];
        int filled = readFully(bytes, buffer);
        sha.update(buffer, 0, filled);
        if (filled < partSize) {
            int single = filled;
            call(() -> s3.putObject(r -> r.bucket(bucket).key(key).contentLength((long) single), body(buffer, single)));
            return new StoredContent(key, single, hex(sha));
        }
        String uploadId = call(() -> s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId());
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            int partNumber = 1;
            while (filled > 0) {
                int number = partNumber++;
                int length = filled;
                String etag = call(() -> s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).contentLength((long) length), body(buffer, length)).eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += length;
                filled = readFully(bytes, buffer);
                sha.update(buffer, 0, filled);
            }
            call(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts))));
            return new StoredContent(key, size, hex(sha));
        } catch (IOException | RuntimeException e) {
            abortQuietly(key, uploadId, e);
            throw e;
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (offset < 0 || length < -1) {
            throw new IllegalArgumentException("offset " + offset + ", length " + length);
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (offset > 0 || length > 0) {
            request.range("bytes=" + offset + "-" + (length > 0 ? String.valueOf(offset + length - 1) : ""));
        }
        try {
            return s3.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                // a range from the end (or of an empty object): no bytes, if the object is there
                head(key);
                return InputStream.nullInputStream();
            }
            throw new IOException("S3 GetObject " + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 GetObject " + key + ": " + e.getMessage(), e);
        }
    }

    private void head(String key) throws IOException {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw new IOException("S3 HeadObject " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(() -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
    }

    @Override
    public List<String> keysOlderThan(Instant before) throws IOException {
        return call(() -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(CONTENT)).contents().stream()
                .filter(o -> o.lastModified().isBefore(before))
                .map(S3Object::key)
                .toList());
    }

    // ---------------------------------------------------------------- uploads in parts

    @Override
    public String startUpload() throws IOException {
        String id = UUID.randomUUID().toString();
        String s3Id = call(() -> s3.createMultipartUpload(r -> r.bucket(bucket).key(CONTENT + id)).uploadId());
        s3UploadIds.put(id, s3Id);
        return id;
    }

    @Override
    public void putPart(String uploadId, int partNumber, InputStream bytes, long size) throws IOException {
        if (partNumber < 1 || partNumber > MAX_PARTS) {
            throw new IllegalArgumentException("part number " + partNumber + " outside 1.." + MAX_PARTS);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        String s3Id = s3UploadId(uploadId);
        String partKey = partKey(uploadId, partNumber);
        if (size >= MIN_PART_SIZE) {
            call(() -> s3.uploadPart(r -> r.bucket(bucket).key(CONTENT + uploadId).uploadId(s3Id)
                    .partNumber(partNumber).contentLength(size), body(bytes, size)));
            // the native part is now the latest version of this part: an earlier small one must not win
            call(() -> s3.deleteObject(r -> r.bucket(bucket).key(partKey)));
        } else {
            call(() -> s3.putObject(r -> r.bucket(bucket).key(partKey).contentLength(size), body(bytes, size)));
        }
    }

    @Override
    public StoredContent completeUpload(String uploadId, int partCount) throws IOException {
        if (partCount < 1 || partCount > MAX_PARTS) {
            throw new IllegalArgumentException("part count " + partCount + " outside 1.." + MAX_PARTS);
        }
        String key = CONTENT + uploadId;
        String s3Id;
        try {
            s3Id = s3UploadId(uploadId);
        } catch (NoSuchFileException e) {
            return completedBefore(uploadId, partCount).orElseThrow(() -> e);
        }
        TreeMap<Integer, Part> natives = new TreeMap<>();
        try {
            s3.listPartsPaginator(r -> r.bucket(bucket).key(key).uploadId(s3Id)).parts()
                    .forEach(p -> natives.put(p.partNumber(), p));
        } catch (NoSuchUploadException e) {
            s3UploadIds.remove(uploadId);
            return completedBefore(uploadId, partCount)
                    .orElseThrow(() -> new NoSuchFileException("upload " + uploadId));
        } catch (SdkException e) {
            throw new IOException("S3 ListParts " + uploadId + ": " + e.getMessage(), e);
        }
        Map<Integer, Long> smalls = smallParts(uploadId);
        for (int n = 1; n <= partCount; n++) {
            if (!smalls.containsKey(n) && !natives.containsKey(n)) {
                throw new IOException("upload " + uploadId + " has no part " + n);
            }
        }
        boolean nativeOnly = true;
        for (int n = 1; n < partCount; n++) {
            nativeOnly &= !smalls.containsKey(n) && natives.get(n).size() >= MIN_PART_SIZE;
        }
        StoredContent stored = nativeOnly
                ? completeNatively(uploadId, s3Id, partCount, natives, smalls)
                : completeByCopy(uploadId, s3Id, partCount, natives, smalls);
        deleteSmallParts(uploadId, smalls.keySet());
        s3UploadIds.remove(uploadId);
        return stored;
    }

    /**
     * A completion repeated after the first one's metadata was lost (the service crashed, or its commit failed,
     * after S3 had joined the parts and the multipart upload was gone): {@code content/<uploadId>} is the object S3
     * joined, complete (CompleteMultipartUpload is atomic), when no small part but the last one is left. With a
     * small part before the last the object may be the intermediate of {@link #completeByCopy}: not answered.
     */
    private java.util.Optional<StoredContent> completedBefore(String uploadId, int partCount) throws IOException {
        String key = CONTENT + uploadId;
        Map<Integer, Long> smalls = smallParts(uploadId);
        if (smalls.keySet().stream().anyMatch(n -> n != partCount)) {
            return java.util.Optional.empty();
        }
        try {
            head(key);
        } catch (NoSuchFileException absent) {
            return java.util.Optional.empty();
        }
        StoredContent stored = hashed(key);
        deleteSmallParts(uploadId, smalls.keySet());
        return java.util.Optional.of(stored);
    }

    /** Parts 1..n-1 are native and large enough: S3 joins them; the SHA-256 is read back once. */
    private StoredContent completeNatively(String uploadId, String s3Id, int partCount, TreeMap<Integer, Part> natives,
            Map<Integer, Long> smalls) throws IOException {
        String key = CONTENT + uploadId;
        List<CompletedPart> parts = new ArrayList<>();
        for (int n = 1; n < partCount; n++) {
            parts.add(CompletedPart.builder().partNumber(n).eTag(natives.get(n).eTag()).build());
        }
        String lastEtag;
        if (smalls.containsKey(partCount)) {
            // the last part may be small for S3: move it into the multipart upload
            long size = smalls.get(partCount);
            try (InputStream last = open(partKey(uploadId, partCount), 0, -1)) {
                lastEtag = call(() -> s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(s3Id)
                        .partNumber(partCount).contentLength(size), body(last, size)).eTag());
            }
        } else {
            lastEtag = natives.get(partCount).eTag();
        }
        parts.add(CompletedPart.builder().partNumber(partCount).eTag(lastEtag).build());
        call(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(s3Id)
                .multipartUpload(m -> m.parts(parts))));
        return hashed(key);
    }

    /** Size and SHA-256 of an object, read once. */
    private StoredContent hashed(String key) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = open(key, 0, -1)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, read);
                size += read;
            }
        }
        return new StoredContent(key, size, hex(sha));
    }

    /**
     * A small part before the last: S3 cannot join these. The native (large) parts are joined first into
     * {@code content/<id>} (each is ≥ 5 MiB, so S3 accepts that), then all parts are streamed in order into a
     * new object, which computes the SHA-256 on the way; the intermediate object is removed.
     */
    private StoredContent completeByCopy(String uploadId, String s3Id, int partCount, TreeMap<Integer, Part> natives,
            Map<Integer, Long> smalls) throws IOException {
        String key = CONTENT + uploadId;
        List<CompletedPart> used = new ArrayList<>();
        Map<Integer, long[]> ranges = new TreeMap<>();
        long offset = 0;
        for (int n = 1; n <= partCount; n++) {
            if (!smalls.containsKey(n)) {
                Part part = natives.get(n);
                used.add(CompletedPart.builder().partNumber(n).eTag(part.eTag()).build());
                ranges.put(n, new long[] {offset, part.size()});
                offset += part.size();
            }
        }
        if (used.isEmpty()) {
            call(() -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(s3Id)));
        } else {
            call(() -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(s3Id)
                    .multipartUpload(m -> m.parts(used))));
        }
        try (InputStream joined = new SequenceInputStream(new LazyStreams(partCount, n -> {
            long[] range = ranges.get(n);
            return range != null ? open(key, range[0], range[1]) : open(partKey(uploadId, n), 0, -1);
        }))) {
            return put(joined);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!used.isEmpty()) {
                delete(key);
            }
        }
    }

    @Override
    public void abortUpload(String uploadId) throws IOException {
        String key = CONTENT + uploadId;
        for (String s3Id : s3UploadIdsOf(uploadId)) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(s3Id));
            } catch (NoSuchUploadException e) {
                // already gone
            } catch (SdkException e) {
                throw new IOException("S3 AbortMultipartUpload " + uploadId + ": " + e.getMessage(), e);
            }
        }
        deleteSmallParts(uploadId, smallParts(uploadId).keySet());
        s3UploadIds.remove(uploadId);
    }

    @Override
    public List<String> uploadsOlderThan(Instant before) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        run(() -> s3.listMultipartUploadsPaginator(r -> r.bucket(bucket).prefix(CONTENT)).uploads().stream()
                .filter(u -> u.initiated().isBefore(before))
                .map(MultipartUpload::key)
                .map(k -> k.substring(CONTENT.length()))
                .forEach(ids::add));
        // small parts whose multipart upload is gone (expired by a bucket rule, say) still belong to an upload
        run(() -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(UPLOADS)).contents().stream()
                .filter(o -> o.lastModified().isBefore(before))
                .map(o -> o.key().substring(UPLOADS.length()))
                .map(rest -> rest.substring(0, rest.indexOf('/')))
                .forEach(ids::add));
        return List.copyOf(ids);
    }

    // ---------------------------------------------------------------- helpers

    private String s3UploadId(String uploadId) throws IOException {
        String known = s3UploadIds.get(uploadId);
        if (known != null) {
            return known;
        }
        List<String> found = s3UploadIdsOf(uploadId);
        if (found.isEmpty()) {
            throw new NoSuchFileException("upload " + uploadId);
        }
        s3UploadIds.put(uploadId, found.get(0));
        return found.get(0);
    }

    private List<String> s3UploadIdsOf(String uploadId) throws IOException {
        String key = CONTENT + uploadId;
        return call(() -> s3.listMultipartUploadsPaginator(r -> r.bucket(bucket).prefix(key)).uploads().stream()
                .filter(u -> u.key().equals(key))
                .map(MultipartUpload::uploadId)
                .toList());
    }

    private static String partKey(String uploadId, int partNumber) {
        return UPLOADS + uploadId + "/" + partNumber;
    }

    /** Part number → size of the small parts of an upload. */
    private Map<Integer, Long> smallParts(String uploadId) throws IOException {
        String prefix = UPLOADS + uploadId + "/";
        Map<Integer, Long> parts = new TreeMap<>();
        run(() -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()
                .forEach(o -> parts.put(Integer.valueOf(o.key().substring(prefix.length())), o.size())));
        return parts;
    }

    private void deleteSmallParts(String uploadId, Set<Integer> partNumbers) throws IOException {
        for (int n : partNumbers) {
            delete(partKey(uploadId, n));
        }
    }

    private void abortQuietly(String key, String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** A body of a buffer's first {@code length} bytes, without the copy {@code RequestBody.fromBytes} makes. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                "application/octet-stream");
    }

    /** A body streamed from the caller's stream, which can be read only once. */
    private static RequestBody body(InputStream bytes, long size) {
        ContentStreamProvider once = new ContentStreamProvider() {
            private boolean given;

            @Override
            public InputStream newStream() {
                if (given) {
                    throw new IllegalStateException("the part's stream can be read only once");
                }
                given = true;
                return bytes;
            }
        };
        return RequestBody.fromContentProvider(once, size, "application/octet-stream");
    }

    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run();
    }

    @FunctionalInterface
    private interface S3Action {
        void run();
    }

    private static <T> T call(S3Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    private static void run(S3Action action) throws IOException {
        call(() -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface PartOpener {
        InputStream open(int partNumber) throws IOException;
    }

    /** Parts 1..count opened one at a time, as {@link SequenceInputStream} reaches them. */
    private static final class LazyStreams implements Enumeration<InputStream> {
        private final int count;
        private final PartOpener opener;
        private int next = 1;

        LazyStreams(int count, PartOpener opener) {
            this.count = count;
            this.opener = opener;
        }

        @Override
        public boolean hasMoreElements() {
            return next <= count;
        }

        @Override
        public InputStream nextElement() {
            if (next > count) {
                throw new NoSuchElementException();
            }
            try {
                return opener.open(next++);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
