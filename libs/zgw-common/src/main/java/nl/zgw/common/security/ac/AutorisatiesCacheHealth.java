package nl.zgw.common.security.ac;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Shows in {@code /q/health} whether this service keeps the Autorisaties API's answers ({@code active}: subscribed to
 * kanaal {@code autorisaties}), so an operator sees why every request calls the Autorisaties API. Always up: a
 * service without the cache works, only slower.
 */
@Liveness
@ApplicationScoped
public class AutorisatiesCacheHealth implements HealthCheck {

    private final AutorisatiesApi api;
    private final AutorisatiesCache cache;

    public AutorisatiesCacheHealth(AutorisatiesApi api, AutorisatiesCache cache) {
        this.api = api;
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("autorisaties-cache").up()
                .withData("autorisatiesApi", api.enabled())
                .withData("active", api.enabled() && cache.active())
                .build();
    }
}
