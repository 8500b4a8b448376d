package nl.zgw.notificaties.delivery;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.notificaties.config.NrcConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * POSTs a notification to a callback URL: {@code Authorization: <auth>}, the message unchanged, bounded connect and
 * request timeouts, redirects never followed (a 3xx is simply not a 2xx). The {@code auth} value is never logged.
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

    public CallbackClient(NrcConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.callback().connectTimeout())
                .executor(executor)
                .build();
    }

    public CompletableFuture<Outcome> post(String callbackUrl, String auth, String body) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(callbackUrl))
                    .timeout(config.callback().requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(started, 0, null, "invalid callback URL"));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        return new Outcome(started, ms, null, cause.getClass().getSimpleName()
                                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                    }
                    return new Outcome(started, ms, response.statusCode(), null);
                });
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
