package nl.zgw.notificaties.delivery;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.common.outbound.AddressGuard;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.outbound.RefusedAddressException;
import nl.zgw.notificaties.config.NrcConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a notification to a callback URL: {@code Authorization: <auth>}, the message unchanged, redirects never
 * followed (a 3xx is simply not a 2xx). The whole exchange, connect to the last byte of the response body, is bounded
 * by {@code request-timeout}: on JDK 17 {@link HttpRequest#timeout} only bounds the wait for the response headers, so a
 * subscriber that sends headers and then stalls its body would otherwise hold a delivery slot for ever. Before each
 * POST the host is resolved and refused when it is an internal address ({@link AddressGuard}: DNS may have changed since
 * the abonnement was written); such a POST is not sent and its outcome is an error. The {@code auth} value is never
 * logged.
 */
@ApplicationScoped
public class CallbackClient {

    /** The outcome of one POST: the HTTP status (null when none was received) and a short error. */
    public record Outcome(Instant started, long durationMs, Integer status, String error) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final NrcConfig config;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "nrc-callback-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http;
    private final AddressGuard addresses;

    public CallbackClient(NrcConfig config, OutboundHttp outbound, AddressGuard addresses) {
        this.config = config;
        this.addresses = addresses;
        // the subscriber's own auth goes with each POST, never this service's token
        this.http = outbound.client(config.callback().connectTimeout(), executor);
    }

    public CompletableFuture<Outcome> post(String callbackUrl, String auth, String body) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        HttpRequest request;
        try {
            URI uri = URI.create(callbackUrl);
            addresses.check(uri);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .timeout(config.callback().requestTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (auth != null) {
                builder.header("Authorization", auth);
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(started, 0, null, "invalid callback URL"));
        } catch (RefusedAddressException e) {
            return CompletableFuture.completedFuture(new Outcome(started, 0, null, "not sent: " + e.getMessage()));
        }
        long timeoutMs = config.callback().requestTimeout().toMillis();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        // the bound sits on a dependent future: the exchange itself must still be incomplete to be cancellable
        return exchange.thenApply(response -> response)
                .orTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (error == null) {
                        return new Outcome(started, ms, response.statusCode(), null);
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
                        exchange.cancel(true); // closes the connection
                        return new Outcome(started, ms, null, "timeout: no complete response within "
                                + timeoutMs + " ms");
                    }
                    return new Outcome(started, ms, null, cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                });
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
