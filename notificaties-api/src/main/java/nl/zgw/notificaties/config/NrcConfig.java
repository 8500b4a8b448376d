package nl.zgw.notificaties.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Everything under {@code zgw.nrc.*}; documented in notificaties-api/README.md. */
@ConfigMapping(prefix = "zgw.nrc")
public interface NrcConfig {

    Callback callback();

    Delivery delivery();

    Breaker breaker();

    Pruning pruning();

    /** Outbound calls to callback URLs: the abonnement test POST and every delivery. */
    interface Callback {
        /** Allow {@code http://} callback URLs besides {@code https://}. */
        @WithDefault("false")
        boolean allowHttp();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** Bound on one whole callback POST: connecting, sending, and reading the complete response body. */
        @WithDefault("PT15S")
        Duration requestTimeout();

        /**
         * Also POST the test message <em>without</em> {@code Authorization} on create and update, and require the
         * callback to refuse it (401/403, else {@code no-auth-on-callback-url}): the standard's optional check that a
         * webhook really is protected. Off by default, since it turns away existing subscribers that do not check.
         */
        @WithDefault("false")
        boolean requireAuth();
    }

    interface Delivery {
        /** Run the delivery workers in this process (a replica may be API-only). */
        @WithDefault("true")
        boolean enabled();

        /** How often the dispatcher looks for due jobs (it is also woken on every received notificatie). */
        @WithDefault("1s")
        String pollInterval();

        /** Jobs claimed per claim transaction. */
        @WithDefault("100")
        int batchSize();

        /** Callback POSTs in flight at once in this process. */
        @WithDefault("64")
        int maxConcurrency();

        /** Callback POSTs in flight at once per abonnement in this process. */
        @WithDefault("16")
        int maxConcurrencyPerAbonnement();

        /** How long a claimed job stays invisible to other workers; must exceed the request timeout. */
        @WithDefault("PT2M")
        Duration lease();

        /** First retry delay; doubles per attempt up to {@link #maxDelay()}, with +-25% jitter. */
        @WithDefault("PT15S")
        Duration initialDelay();

        @WithDefault("PT4H")
        Duration maxDelay();

        /** A job is retried until at least this long after it was created (or re-delivered); then it fails. */
        @WithDefault("PT24H")
        Duration retryWindow();
    }

    /** Per-abonnement circuit breaker. */
    interface Breaker {
        /** Consecutive failed attempts that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker waits before one probe; doubles per failed probe up to {@link #maxOpen()}. */
        @WithDefault("PT30S")
        Duration open();

        @WithDefault("PT15M")
        Duration maxOpen();
    }

    interface Pruning {
        /** How often old attempt logs and delivered jobs are pruned. */
        @WithDefault("1h")
        String interval();

        /** Attempt log rows older than this are deleted. */
        @WithDefault("P30D")
        Duration attemptRetention();

        /** Delivered jobs (and notificaties without open jobs) older than this are deleted. */
        @WithDefault("P7D")
        Duration deliveredRetention();
    }
}
