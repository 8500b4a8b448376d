package nl.zgw.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * A request whose line or headers exceed the gateway's limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code quarkus.http.limits.max-header-size}) is answered {@code 414 uri_too_long} or
 * {@code 431 request_header_fields_too_large} with a problem+json body, and never forwarded. The HTTP codec itself
 * can only answer such a request with an empty body and no hook of Quarkus reaches it, so the codec gets a ceiling
 * above the limits (four times, at least 64 kB) and this filter enforces the limits; only a request beyond the
 * ceiling still gets the codec's bare 414/431. The connection is closed after the answer (the body is never read).
 */
@ApplicationScoped
public class OversizedRequests implements HttpServerOptionsCustomizer {

    static final int CEILING_FACTOR = 4;
    static final int MIN_CEILING = 64 * 1024;
    /** Before every route and every other filter. */
    static final int PRIORITY = 20_000;

    private final int maxRequestLine;
    private final int maxHeaderSize;
    private final ApiVersions versions;

    public OversizedRequests(ApiVersions versions,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
            int maxRequestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
            MemorySize maxHeaderSize) {
        this.versions = versions;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderSize = (int) Math.min(Integer.MAX_VALUE, maxHeaderSize.asLongValue());
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
        options.setMaxInitialLineLength(Math.max(options.getMaxInitialLineLength(), ceiling(maxRequestLine)));
        options.setMaxHeaderSize(Math.max(options.getMaxHeaderSize(), ceiling(maxHeaderSize)));
    }

    private static int ceiling(int limit) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max((long) limit * CEILING_FACTOR, MIN_CEILING));
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (line > maxRequestLine) {
            refuse(rc, 414, Problem.uriTooLong(line, maxRequestLine));
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length();
        }
        if (headers > maxHeaderSize) {
            refuse(rc, 431, Problem.headersTooLarge(headers, maxHeaderSize));
            return;
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, int status, Buffer body) {
        HttpServerRequest request = rc.request();
        versions.set(rc.response(), request.uri());
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (http1) {
            rc.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        rc.response().end(body).onComplete(done -> {
            if (http1) {
                request.connection().close();
            }
        });
    }
}
