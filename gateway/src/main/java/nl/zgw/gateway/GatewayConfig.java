package nl.zgw.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Where the gateway sends each API and how patiently. */
@ConfigMapping(prefix = "zgw.gateway")
public interface GatewayConfig {

    /**
     * Base URL of the service behind each API, by API name: {@code catalogi -> http://localhost:8001} proxies
     * {@code /catalogi/api/v1/**} there, path and query unchanged.
     */
    Map<String, URI> routes();

    /**
     * The version each API announces ({@code API-version}), by API name: the gateway sends it on what it answers
     * itself under that API's root (400, 414, 431, 502, 504), as the service would.
     */
    Map<String, String> apiVersions();

    /**
     * The path under which clients reach this gateway when another proxy mounts it below a prefix (e.g.
     * {@code /zgw}); sent to the services as {@code X-Forwarded-Prefix}. Empty when the gateway is at the root.
     */
    Optional<String> prefix();

    /**
     * Take {@code X-Forwarded-Proto/Host/Prefix} from the incoming request (only behind a proxy you trust, which
     * sets them). Off by default: the gateway then derives them from the connection and ignores what clients send.
     */
    @WithDefault("false")
    boolean trustForwardedHeaders();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /**
     * How long a proxied exchange may stay silent (no bytes either way) before the gateway gives up: a 504 if the
     * service has not answered yet, else the connection is closed.
     */
    @WithDefault("PT60S")
    Duration idleTimeout();
}
