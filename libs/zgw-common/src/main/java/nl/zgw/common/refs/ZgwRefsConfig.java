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

    /** {@code publicRoot=internalRoot,...}: fetch a public URL through the internal address of that API. */
    Optional<String> internalRoots();

    @WithDefault("PT5S")
    Duration timeout();

    /** Extra attempts after a connection failure or a 5xx. */
    @WithDefault("2")
    int retries();

    /** How long a fetched resource is reused; published catalogue types never change, so this can be long. */
    @WithDefault("PT5M")
    Duration cacheTtl();

    @WithDefault("10000")
    long cacheSize();
}
