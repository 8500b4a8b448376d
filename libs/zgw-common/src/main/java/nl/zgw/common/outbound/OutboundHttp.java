package nl.zgw.common.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.security.jwt.ServiceTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

    /** A request accepting JSON, with {@code timeout} and this service's {@code Authorization}. */
    public HttpRequest.Builder request(URI uri, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        tokens.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }

    private static HttpClient.Builder builder(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
    }
}
