package nl.zgw.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.common.config.ZgwApiConfig;

/**
 * Puts {@code API-version} on every response of the service, including those that never reach a JAX-RS resource
 * ({@code openapi.json}, health, unmatched paths), hence a Vert.x filter rather than a JAX-RS one.
 */
@ApplicationScoped
public class ApiVersionHeader {

    public static final String HEADER = "API-version";
    /** Runs first of the Vert.x filters, so that even an early refusal carries the header. */
    static final int PRIORITY = 10_000;

    private final String version;

    public ApiVersionHeader(ZgwApiConfig config) {
        this.version = config.version();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().headers().set(HEADER, version);
            rc.next();
        }, PRIORITY);
    }
}
