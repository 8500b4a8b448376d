package nl.zgw.common.refs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "zgw.refs")
public interface ZgwRefsConfig {

    /** API roots this service may dereference; anything else is refused (server-side request forgery). */
    Optional<List<String>> allowedApiRoots();

    /**
     * {@code publicRoot=internalRoot,...}: fetch a public URL through the internal address of that API. An internal
     * root is the operator's own address and is not subject to the private-address refusal of {@code zgw.outbound}.
     */
    Optional<String> internalRoots();

    /** Bound of one attempt (request and answer). */
    @WithDefault("PT5S")
    Duration timeout();

    /** Extra attempts after a connection failure, a timeout or a 5xx. */
    @WithDefault("2")
    int retries();

    /** How long a fetched resource is reused, unless it is a published type (below). */
    @WithDefault("PT1M")
    Duration cacheTtl();

    /** How long a published resource ({@code "concept": false}) is reused: published catalogue types never change. */
    @WithDefault("PT24H")
    Duration cacheTtlPublished();

    @WithDefault("10000")
    long cacheSize();
}
