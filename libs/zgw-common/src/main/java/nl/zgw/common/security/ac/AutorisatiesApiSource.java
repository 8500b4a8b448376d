package nl.zgw.common.security.ac;

import nl.zgw.common.security.jwt.ZgwAuthConfig;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.AutorisatieSource;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.ConfiguredAutorisaties;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The {@link AutorisatieSource} of every service: the Autorisaties API when {@code zgw.autorisaties.url} is set (the
 * Applicatie that came with this request's verification, else one {@code consumer} call), otherwise the configured
 * clients. A service that is itself the source of truth (the Autorisaties API) overrides it with an alternative; tests
 * override it with {@code TestAutorisaties}.
 */
@ApplicationScoped
public class AutorisatiesApiSource implements AutorisatieSource {

    private static final Logger LOG = Logger.getLogger(AutorisatiesApiSource.class);

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

    /** A production run without the Autorisaties API says so once: a silent fallback would hide a missing setting. */
    static void warnWhenConfigured(@Observes StartupEvent event, ZgwAutorisatiesConfig config,
                                   Instance<AutorisatieSource> selected) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            startupWarning(true, config.url().isPresent(),
                    selected.getHandle().getBean().getBeanClass() == AutorisatiesApiSource.class).ifPresent(LOG::warn);
        }
    }

    static Optional<String> startupWarning(boolean production, boolean apiEnabled, boolean thisSourceSelected) {
        if (!production || apiEnabled || !thisSourceSelected) {
            return Optional.empty();
        }
        return Optional.of("zgw.autorisaties.url is not set: this service takes its autorisaties from configuration "
                + "(zgw.auth.clients), not from the Autorisaties API; Applicaties changed there have no effect here.");
    }
}
