package nl.zgw.common.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.security.jwt.ServiceTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The one way this service builds HTTP clients and requests to other APIs: HTTP/1.1, redirects never followed (a
 * redirect could lead past every check made on the URL), a connect timeout, and requests that carry this service's
 * own JWT-ZGW (never the consumer's) and a per-request timeout.
 */
@ApplicationScoped
public class OutboundHttp {

    private final ServiceTokens tokens;

    public OutboundHttp(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    public HttpClient client(Duration connectTimeout) {
        return builder(connectTimeout).build();
    }

    /** A client whose asynchronous sends run on {@code executor}. */
    public HttpClient client(Duration connectTimeout, Executor executor) {
        return builder(connectTimeout).executor(executor).build();
    }

    /**
     * A request accepting JSON in WGS84 ({@code Accept-Crs}, which the Zaken API requires of every read of a zaak,
     * drc-004's check-back among them), with {@code timeout} and this service's {@code Authorization}.
     */
    public HttpRequest.Builder request(URI uri, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("Accept-Crs", "EPSG:4326");
        tokens.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }

    /**
     * One attempt of a guarded call ({@link CallGuards}): the answer, or {@link Unavailable} for a 5xx, no answer or
     * an attempt the guard's timeout interrupted, so that it is retried and counted by the circuit breaker.
     */
    public static <T> HttpResponse<T> attempt(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> r = http.send(request, body);
            if (r.statusCode() >= 500) {
                throw new Unavailable("HTTP " + r.statusCode(), r);
            }
            return r;
        } catch (IOException e) {
            throw new Unavailable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            throw new Unavailable("interrupted");
        }
    }

    private static HttpClient.Builder builder(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
    }
}
