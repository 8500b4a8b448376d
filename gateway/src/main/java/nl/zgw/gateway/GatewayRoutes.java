package nl.zgw.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's routes: {@code /{api}/api/v1/**} streamed to the service behind it, {@code /} to the API
 * documentation, anything else a problem+json 404. Bodies are piped in both directions with back-pressure, never
 * held in memory, so documents of any size pass.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    static final String DOCS_PATH = "/docs/";

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, ApiVersions versions) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        // safety net for an exchange where neither side moves (e.g. a service that stops reading
                        // an upload); the answer itself is timed per request, see ForwardingInterceptor
                        .setIdleTimeout((int) config.idleTimeout().multipliedBy(2).toSeconds())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false) // pass bodies as they are
                        .setMaxInitialLineLength(8192),
                new PoolOptions().setHttp1MaxSize(64).setMaxWaitQueueSize(1024));
        String prefix = ForwardingInterceptor.stripSlash(config.prefix().orElse(""));
        long idleTimeout = config.idleTimeout().toMillis();

        for (Map.Entry<String, URI> route : new TreeMap<>(config.routes()).entrySet()) {
            Backend backend = Backend.of(route.getKey(), route.getValue());
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                    .origin(context -> context.client().request(new RequestOptions()
                            .setHost(backend.host())
                            .setPort(backend.port())
                            .setSsl(backend.ssl()))
                            .map(ResetGuard::guard)
                            .onSuccess(request -> ForwardingInterceptor.originRequest(context, request)))
                    .addInterceptor(new ForwardingInterceptor(backend, prefix, config.trustForwardedHeaders(),
                            idleTimeout, vertx, versions.of(backend.api())));
            // "/x/api/v1/*" matches /x/api/v1 itself, /x/api/v1/ and everything below, not /x/api/v1foo
            router.route(backend.apiRoot() + "/*").handler(rc -> proxy.handle(rc.request()));
            LOG.infof("%s -> %s://%s:%d", backend.apiRoot(), backend.ssl() ? "https" : "http", backend.host(),
                    backend.port());
        }

        router.route("/").handler(rc -> rc.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, prefix + DOCS_PATH).end());

        // last of all: whatever nobody else serves
        router.route().last().handler(rc -> rc.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Problem.notFound()));
    }
}
