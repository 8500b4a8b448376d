package nl.zgw.documenten.content.s3;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server in this JVM: s3proxy on jclouds' filesystem blob store in a directory, on a free
 * port, with signature v2/v4 authentication, in a class loader of its own (see {@link S3ProxyLauncher}).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "zgw-access";
    public static final String SECRET_KEY = "zgw-secret";

    private final AutoCloseable proxy;
    private final URLClassLoader loader;
    private final URI endpoint;

    private S3ProxyServer(AutoCloseable proxy, URLClassLoader loader, URI endpoint) {
        this.proxy = proxy;
        this.loader = loader;
        this.endpoint = endpoint;
    }

    public static S3ProxyServer start(Path directory) throws Exception {
        URLClassLoader loader = new URLClassLoader("s3proxy", isolatedClassPath(), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // jclouds finds its providers with the context class loader; the server's threads inherit it
        thread.setContextClassLoader(loader);
        AutoCloseable proxy;
        try {
            Class<?> launcher = Class.forName(S3ProxyServer.class.getPackageName() + ".S3ProxyLauncher", true, loader);
            proxy = (AutoCloseable) launcher.getMethod("start", String.class, String.class, String.class)
                    .invoke(null, directory.toString(), ACCESS_KEY, SECRET_KEY);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new S3ProxyServer(proxy, loader, URI.create("http://127.0.0.1:" + proxy));
    }

    /**
     * The test class path without Guice 5 (Quarkus' bootstrap has it; jclouds wants Guice 7) and without SLF4J
     * providers: with JBoss' or Logback's, Jetty formats a debug message per read and uploads crawl at ~2 MB/s.
     */
    private static URL[] isolatedClassPath() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.isBlank() || name.startsWith("guice-5.") || name.startsWith("guice-assistedinject-5.")
                    || name.startsWith("slf4j-jboss-logmanager") || name.startsWith("logback-classic")) {
                continue;
            }
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client of this server, as the store's own configuration would build it. */
    public S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** The store's configuration for {@code bucket} on this server. */
    public S3StorageConfig config(String bucket) {
        return config(Optional.of(bucket));
    }

    public S3StorageConfig config(Optional<String> bucket) {
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
                return bucket;
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(ACCESS_KEY);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(SECRET_KEY);
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

    @Override
    public void close() throws Exception {
        proxy.close();
        loader.close();
    }
}
