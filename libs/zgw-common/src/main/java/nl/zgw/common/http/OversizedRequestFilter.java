package nl.zgw.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.common.problem.Fout;
import nl.zgw.common.problem.Problems;

import java.util.Map;
import java.util.UUID;

/**
 * Answers a request whose line or headers exceed {@link RequestLimits} with {@code 414 uri_too_long} or
 * {@code 431 request_header_fields_too_large} as a problem+json {@code Fout}, before anything else reads it. Runs
 * right after {@link ApiVersionHeader}, so the answer carries {@code API-version}. The connection is closed after
 * the answer: a body that may follow is never read, and a client that sent this much should start afresh.
 */
@ApplicationScoped
public class OversizedRequestFilter {

    public static final String URI_TOO_LONG = "uri_too_long";
    public static final String HEADERS_TOO_LARGE = "request_header_fields_too_large";
    static final int PRIORITY = ApiVersionHeader.PRIORITY - 1;

    private final RequestLimits limits;

    public OversizedRequestFilter(RequestLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        int line = requestLineLength(request);
        if (line > limits.maxRequestLine()) {
            refuse(rc, 414, URI_TOO_LONG, "De URI van het verzoek is te lang.",
                    "De aanvraagregel (methode, pad en query) is " + line + " tekens lang; ten hoogste "
                            + limits.maxRequestLine() + " zijn toegestaan.");
            return;
        }
        int headers = headerSize(request);
        if (headers > limits.maxHeaderSize()) {
            refuse(rc, 431, HEADERS_TOO_LARGE, "De headers van het verzoek zijn te groot.",
                    "De headers van het verzoek zijn samen " + headers + " bytes; ten hoogste "
                            + limits.maxHeaderSize() + " zijn toegestaan.");
            return;
        }
        rc.next();
    }

    /** As the codec counts it: {@code METHOD SP uri SP HTTP/1.1}, without the line end. */
    static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** As the codec counts it: every {@code Name: value} line, without the line ends. */
    static int headerSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    private static void refuse(RoutingContext rc, int status, String code, String title, String detail) {
        String body = new JsonObject()
                .put("type", Problems.TYPE_BASE + code)
                .put("code", code)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", "urn:uuid:" + UUID.randomUUID())
                .encode();
        HttpServerRequest request = rc.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Fout.MEDIA_TYPE);
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
