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

    private final String version;

    public ApiVersionHeader(ZgwApiConfig config) {
        this.version = config.version();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().headers().set(HEADER, version);
            rc.next();
        }, 10_000);
    }
}
