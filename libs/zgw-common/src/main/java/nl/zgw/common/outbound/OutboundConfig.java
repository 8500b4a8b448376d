package nl.zgw.common.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Calls this service makes to other systems: which private addresses it may reach, and when it stops trying. */
@ConfigMapping(prefix = "zgw.outbound")
public interface OutboundConfig {

    /**
     * Exceptions to the refusal of loopback, link-local, private and unique-local addresses: host names
     * ({@code localhost}, allowed whatever they resolve to), IP addresses or CIDR ranges ({@code 10.1.0.0/16}).
     * Env {@code ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS=localhost,127.0.0.1}.
     */
    Optional<List<String>> allowedPrivateHosts();

    /** Extra attempts of a synchronous Autorisaties API call after a failure that may pass (references: zgw.refs.retries). */
    @WithDefault("1")
    int retries();

    CircuitBreaker circuitBreaker();

    /** Opens per remote API when too many of its recent synchronous calls failed; refuses at once while open. */
    interface CircuitBreaker {

        /** The rolling window: the number of recent calls judged. */
        @WithDefault("20")
        int requestVolumeThreshold();

        /** The share of failures in the window that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before a trial call. */
        @WithDefault("PT5S")
        Duration delay();
    }
}
