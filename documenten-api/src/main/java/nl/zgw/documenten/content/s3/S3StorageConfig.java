package nl.zgw.documenten.content.s3;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/**
 * {@code zgw.documenten.storage.s3.*}: where the S3-compatible object storage is. Everything is optional here so
 * that a deployment on the filesystem store needs none of it; the producer checks the bucket when the S3 store is
 * selected ({@code zgw.documenten.storage.type=s3}).
 */
@ConfigMapping(prefix = "zgw.documenten.storage.s3")
public interface S3StorageConfig {

    /** The service's address (MinIO, Ceph, s3proxy...); absent: AWS's own endpoint for the region. */
    Optional<URI> endpoint();

    @WithDefault("us-east-1")
    String region();

    Optional<String> bucket();

    /** Absent: the SDK's default credential chain (environment, profile, instance role). */
    Optional<String> accessKey();

    Optional<String> secretKey();

    /** {@code http://host/bucket/key} instead of {@code http://bucket.host/key}; most S3-compatible servers want it. */
    @WithDefault("false")
    boolean pathStyle();

    /** Bytes buffered per part while streaming a document of unknown length (≥ 5 MiB, S3's minimum part). */
    @WithDefault("8388608")
    int partSize();
}
