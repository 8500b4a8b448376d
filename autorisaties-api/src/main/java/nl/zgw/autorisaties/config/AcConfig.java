package nl.zgw.autorisaties.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * Settings of the Autorisaties API itself (besides zgw.api.*, zgw.auth.*, zgw.notificaties.*). Its abonnement for
 * type deletions is the library's {@code zgw.abonnement.*}, fed by {@code zgw.ac.callback.*} in application.properties.
 */
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
}
