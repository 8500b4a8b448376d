package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Where this service takes its autorisaties from. With {@code zgw.autorisaties.url} set, every request's JWT is
 * verified by the Autorisaties API and its Applicatie read there ({@link AutorisatiesApi}); without it the
 * configured clients ({@code zgw.auth.clients}) apply.
 */
@ConfigMapping(prefix = "zgw.autorisaties")
public interface ZgwAutorisatiesConfig {

    /** API root of the Autorisaties API, e.g. {@code http://autorisaties:8005/autorisaties/api/v1}. */
    Optional<String> url();

    /**
     * The Autorisaties API's token verification endpoint (outside the standard API); default
     * {@code {scheme://host:port of url}/beheer/v1/introspectie}.
     */
    Optional<String> introspectionUrl();

    /**
     * Where a consumer's JWT is verified. {@code introspection} (default): at this project's Autorisaties API, which
     * keeps the secrets ({@code POST /beheer/v1/introspectie}, one call that also returns the Applicatie).
     * {@code local}: here, with the secrets in {@code zgw.auth.clients}, then the Applicatie from the standard
     * {@code GET /applicaties/consumer?clientId=}; as the standard describes it, so that a service works with
     * another supplier's Autorisaties API.
     */
    @WithDefault("introspection")
    TokenVerification tokenVerification();

    enum TokenVerification { INTROSPECTION, LOCAL }

    /** Timeout of one call to the Autorisaties API. */
    @WithDefault("PT5S")
    Duration timeout();

    /** The cache of verified tokens and Applicaties ({@link AutorisatiesCache}). */
    Cache cache();

    interface Cache {

        /**
         * How long a verified token (with its Applicatie) is reused at most: the safety net behind the invalidation
         * by the kanaal {@code autorisaties}. {@code PT0S} turns the cache off (one call per request).
         */
        @WithDefault("PT5M")
        Duration ttl();

        /** How many tokens and client ids are kept at most. */
        @WithDefault("10000")
        long maximumSize();
    }
}
