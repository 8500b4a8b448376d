package nl.zgw.common.security.jwt;

import nl.zgw.common.security.autorisaties.Applicatie;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "zgw.auth")
public interface ZgwAuthConfig {

    /**
     * Bootstrap clients: {@code id:secret[:all],...}. {@code all} gives an Applicatie with heeftAlleAutorisaties;
     * without it only the credential exists. Secrets are never logged.
     */
    Optional<String> clients();

    Jwt jwt();

    /** This service's own credentials, used when it calls other ZGW APIs (never the consumer's token). */
    Service service();

    interface Jwt {
        /**
         * How old (by {@code iat}) a token may be, counted exactly (no leeway). The standard has no {@code exp};
         * this bounds a token's life.
         */
        @WithDefault("PT1H")
        Duration maxAge();

        /** Clock skew tolerated for an {@code iat} in the future; at least 5 minutes, checked at startup. */
        @WithDefault("PT5M")
        Duration leeway();
    }

    interface Service {
        @WithDefault("zgw-service")
        String clientId();

        Optional<String> secret();
    }
}
