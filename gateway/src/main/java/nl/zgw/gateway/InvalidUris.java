package nl.zgw.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request line whose URI is not a valid URI (an unencoded {@code {}}, {@code |} or space, as a test collection
 * with an unresolved {@code {{variable}}} sends) is answered 400 with the standard's error body and never forwarded.
 * Quarkus itself answers such a request with a bare 400 before any filter runs, unless
 * {@code vertx.disableURIValidation} is set, which {@link GatewayMain} (and the test configuration) does so that this
 * filter sees the request. It runs before every other filter and route.
 */
@ApplicationScoped
public class InvalidUris {

    private final ApiVersions versions;

    public InvalidUris(ApiVersions versions) {
        this.versions = versions;
    }

    static final String DISABLE_PROPERTY = "vertx.disableURIValidation";
    /** Before the size checks of {@link OversizedRequests}. */
    static final int PRIORITY = OversizedRequests.PRIORITY + 10;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        if (valid(rc.request().uri())) {
            rc.next();
            return;
        }
        versions.set(rc.response(), rc.request().uri());
        rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Problem.invalidUri());
    }

    static boolean valid(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
