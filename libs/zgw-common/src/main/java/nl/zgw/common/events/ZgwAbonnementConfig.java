package nl.zgw.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The consumer side: this service's abonnement at the Notificaties API (see {@link AbonnementRegistratie}). */
@ConfigMapping(prefix = "zgw.abonnement")
public interface ZgwAbonnementConfig {

    /** The URL at which the Notificaties API reaches this service's callback; without it no abonnement is made. */
    Optional<String> callbackUrl();

    /**
     * The {@code Authorization} value the Notificaties API must send to the callback. Default: derived from this
     * service's own secret ({@code Bearer <hmac>}), so every replica agrees without extra configuration.
     */
    Optional<String> auth();

    /** The longest wait between two registration attempts (the first retry comes after one second, then doubles). */
    @WithDefault("PT30S")
    Duration retryInterval();
}
