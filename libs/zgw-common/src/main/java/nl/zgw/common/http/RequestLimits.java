package nl.zgw.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of a request's line and headers, as the operator sets them for Quarkus
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code quarkus.http.limits.max-header-size}), and the
 * higher ceiling given to the HTTP codec. The codec answers an empty 414/431 that no hook of Quarkus can reach, so
 * it gets room above the limit and {@link OversizedRequestFilter} enforces the limit itself with a problem+json
 * body; only a request beyond the ceiling still gets the codec's bare answer.
 */
@ApplicationScoped
public class RequestLimits {

    /** Codec ceiling: this many times the limit, and at least {@link #MIN_CEILING} bytes. */
    static final int CEILING_FACTOR = 4;
    static final int MIN_CEILING = 64 * 1024;

    private final int maxRequestLine;
    private final int maxHeaderSize;

    public RequestLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
            int maxRequestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
            MemorySize maxHeaderSize) {
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderSize = (int) Math.min(Integer.MAX_VALUE, maxHeaderSize.asLongValue());
    }

    /** Longest request line ({@code METHOD uri HTTP/1.1}) answered normally. */
    public int maxRequestLine() {
        return maxRequestLine;
    }

    /** Largest sum of the header lines ({@code Name: value}) answered normally. */
    public int maxHeaderSize() {
        return maxHeaderSize;
    }

    int codecRequestLineCeiling() {
        return ceiling(maxRequestLine);
    }

    int codecHeaderSizeCeiling() {
        return ceiling(maxHeaderSize);
    }

    private static int ceiling(int limit) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max((long) limit * CEILING_FACTOR, MIN_CEILING));
    }
}
