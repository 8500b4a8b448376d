package nl.zgw.common.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raises the HTTP codec's line and header limits to the ceiling of {@link RequestLimits}, so that an oversized
 * request reaches the router, where {@link OversizedRequestFilter} answers it with a problem+json body.
 */
@ApplicationScoped
public class CodecLimitsCustomizer implements HttpServerOptionsCustomizer {

    private final RequestLimits limits;

    public CodecLimitsCustomizer(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raise(options);
    }

    private void raise(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), limits.codecRequestLineCeiling()));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), limits.codecHeaderSizeCeiling()));
    }
}
