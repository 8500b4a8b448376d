package nl.zgw.common.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The {@link AutorisatieSource} of every service: the Autorisaties API when {@code zgw.autorisaties.url} is set (the
 * Applicatie that came with this request's verification, else one {@code consumer} call), otherwise the configured
 * clients. A service that is itself the source of truth (the Autorisaties API) overrides it with an alternative; tests
 * override it with {@code TestAutorisaties}.
 */
@ApplicationScoped
public class AutorisatiesApiSource implements AutorisatieSource {

    private final AutorisatiesApi api;
    private final ConfiguredAutorisaties configured;

    public AutorisatiesApiSource(AutorisatiesApi api, ZgwAuthConfig config) {
        this.api = api;
        this.configured = new ConfiguredAutorisaties(config);
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        if (!api.enabled()) {
            return configured.applicatie(clientId);
        }
        VerifiedRequest current = VerifiedRequest.current();
        AutorisatiesApi.Verified verified = current == null ? null : current.get();
        if (verified != null && verified.caller().clientId().equals(clientId)) {
            return Optional.ofNullable(verified.applicatie());
        }
        return api.consumer(clientId);
    }
}
