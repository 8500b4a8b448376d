package nl.zgw.documenten.content.s3;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * s3proxy as a process of its own for the benches: {@code S3ProxyMain <directory> <bucket>} creates the bucket,
 * prints {@code endpoint=http://127.0.0.1:<port>} and serves until killed.
 */
public final class S3ProxyMain {

    private S3ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createDirectories(Path.of(args[0]));
        S3ProxyServer server = S3ProxyServer.start(directory);
        try (var client = server.client()) {
            if (!Files.isDirectory(directory.resolve(args[1]))) {
                client.createBucket(r -> r.bucket(args[1]));
            }
        }
        System.out.println("endpoint=" + server.endpoint());
        System.out.flush();
        Thread.currentThread().join();
    }
}
