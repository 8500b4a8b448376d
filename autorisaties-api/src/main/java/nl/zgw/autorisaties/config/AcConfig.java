package nl.zgw.autorisaties.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the Autorisaties API itself (besides zgw.api.*, zgw.auth.*, zgw.notificaties.*). */
@ConfigMapping(prefix = "zgw.ac")
public interface AcConfig {

    /**
     * The services' own credentials, {@code id:secret,...} (e.g. {@code zgw-zaken-api:...}). Each gets its credential
     * (set from configuration at every start) and, if no Applicatie holds the id yet, an Applicatie with
     * heeftAlleAutorisaties so the services can call each other. This service's own
     * {@code zgw.auth.service.client-id/secret} is always included.
     */
    Optional<String> serviceClients();

    /**
     * The base URL used for Applicatie URLs in notifications that no client request carries (bootstrap, callbacks),
     * e.g. the gateway's {@code https://zgw.example.nl}. Default {@code http://localhost:<port>}.
     */
    Optional<String> baseUrl();

    Callback callback();

    interface Callback {
        /**
         * The URL at which the Notificaties API reaches this service's callback
         * ({@code .../beheer/v1/notificaties}); without it no abonnement is made.
         */
        Optional<String> url();

        /**
         * The {@code Authorization} value the Notificaties API must send to the callback. Default: derived from
         * this service's own secret ({@code Bearer <hmac>}), so every replica agrees without extra configuration.
         */
        Optional<String> auth();

        /**
         * The longest wait between two attempts while the Notificaties API does not answer (the first retry comes
         * after one second, then the wait doubles up to this).
         */
        @WithDefault("PT30S")
        Duration retryInterval();
    }
}
