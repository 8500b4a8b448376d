package nl.zgw.documenten.content.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import nl.zgw.documenten.content.ContentStore;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import nl.zgw.documenten.content.GeneratedBytes;

/**
 * The content store alone, no HTTP API in front: {@code ContentStoreBench <endpoint> <bucket> <MiB> <partMiB>
 * [rawDir]}. Streams a generated document of {@code MiB} through {@code put}, reads it back with {@code open},
 * uploads it again in parts of {@code partMiB} (bestandsdelen) and compares every SHA-256 with the generator's.
 * Prints MB/s (10^6 bytes per second) per step and the process's peak RSS. With {@code rawDir}: a plain file
 * copy with SHA-256 of the same bytes as a baseline of this machine's disk.
 */
public final class ContentStoreBench {

    private ContentStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String bucket = args[1];
        long size = Long.parseLong(args[2]) * 1024 * 1024;
        int part = Integer.parseInt(args[3]) * 1024 * 1024;
        long seed = 20261202L;

        long t0 = System.nanoTime();
        String expected = GeneratedBytes.sha256(seed, size);
        report("generator+sha256 (the harness's own cost)", size, t0, true);

        if (args.length > 4) {
            Path file = Files.createTempFile(Files.createDirectories(Path.of(args[4])), "raw", ".bin");
            t0 = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(new GeneratedBytes(seed, size), sha);
                    OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            report("raw file write+sha256 (baseline, not a ContentStore)", size, t0,
                    HexFormat.of().formatHex(sha.digest()).equals(expected));
            t0 = System.nanoTime();
            String read;
            try (InputStream in = Files.newInputStream(file)) {
                read = GeneratedBytes.sha256(in);
            }
            report("raw file read+sha256 (baseline, not a ContentStore)", size, t0, read.equals(expected));
            Files.delete(file);
        }

        try (S3ContentStore store = S3ContentStore.create(config(endpoint, bucket))) {
            t0 = System.nanoTime();
            StoredContent stored = store.put(new GeneratedBytes(seed, size));
            report("S3ContentStore.put (stream, 8 MiB parts)", size, t0, stored.sha256().equals(expected));

            t0 = System.nanoTime();
            String read;
            try (InputStream in = store.open(stored.key(), 0, -1)) {
                read = GeneratedBytes.sha256(in);
            }
            report("S3ContentStore.open whole + sha256", size, t0, read.equals(expected));
            store.delete(stored.key());

            t0 = System.nanoTime();
            String upload = store.startUpload();
            int parts = (int) ((size + part - 1) / part);
            for (int n = 1; n <= parts; n++) {
                long offset = (long) (n - 1) * part;
                long length = Math.min(part, size - offset);
                store.putPart(upload, n, new GeneratedBytes(seed, offset, length), length);
            }
            StoredContent joined = store.completeUpload(upload, parts);
            report("S3ContentStore bestandsdelen " + parts + " x " + args[3] + " MiB + complete (incl. sha256 read-back)",
                    size, t0, joined.sha256().equals(expected));
            store.delete(joined.key());
        }
        System.out.println("peak RSS (VmHWM): " + vmHwm() + ", max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }

    private static void report(String step, long size, long t0, boolean shaEqual) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-80s %8.1f s %8.1f MB/s  sha256 %s%n", step, seconds, size / 1e6 / seconds,
                shaEqual ? "equal" : "DIFFERENT");
        if (!shaEqual) {
            System.exit(1);
        }
    }

    private static String vmHwm() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.substring(6).trim())
                .findFirst().orElse("?");
    }

    private static S3StorageConfig config(URI endpoint, String bucket) {
        return new S3StorageConfig() {
            @Override
            public Optional<URI> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(bucket);
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(S3ProxyServer.ACCESS_KEY);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(S3ProxyServer.SECRET_KEY);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public int partSize() {
                return 8 * 1024 * 1024;
            }
        };
    }
}
