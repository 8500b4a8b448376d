package nl.zgw.documenten.content.s3;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * Starts s3proxy; loaded by {@link S3ProxyServer} in a class loader of its own, because jclouds needs Guice 7
 * while Quarkus' test bootstrap brings Guice 5 onto the same test class path.
 */
public final class S3ProxyLauncher implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStoreContext context;

    private S3ProxyLauncher(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
    }

    /** Called reflectively: the running server, its port in {@link #toString()}. */
    public static AutoCloseable start(String directory, String accessKey, String secretKey) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", directory);
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .credentials("identity", "credential")
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.onSpinWait();
        }
        return new S3ProxyLauncher(proxy, context);
    }

    @Override
    public String toString() {
        return String.valueOf(proxy.getPort());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
