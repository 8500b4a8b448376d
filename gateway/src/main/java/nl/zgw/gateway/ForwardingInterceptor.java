package nl.zgw.gateway;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Tells the service which URL the client used ({@code X-Forwarded-Proto/Host/Prefix}, so that every {@code url} in
 * a response points at the gateway), tags the exchange with an {@code X-Request-ID}, and turns an unreachable or
 * silent service into a problem+json answer instead of an empty 502 or a hang.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    static final String REQUEST_ID = "X-Request-ID";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-Forwarded-Host";
    static final String FORWARDED_PREFIX = "X-Forwarded-Prefix";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);
    /** What we accept as a caller's request id; anything else is replaced (it ends up in logs). */
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,200}");
    private static final String ATTR_REQUEST_ID = "zgw.request-id";

    private static final String ATTR_ORIGIN_REQUEST = "zgw.origin-request";
    private static final String ATTR_TIMED_OUT = "zgw.timed-out";

    private final Backend backend;
    private final String prefix;
    private final boolean trustForwarded;
    private final long responseIdleTimeoutMillis;
    private final Vertx vertx;
    /** The API's {@code API-version}, sent on the gateway's own 502/504 (null: not known). */
    private final String apiVersion;

    ForwardingInterceptor(Backend backend, String prefix, boolean trustForwarded, long responseIdleTimeoutMillis,
                          Vertx vertx, String apiVersion) {
        this.vertx = vertx;
        this.apiVersion = apiVersion;
        this.backend = backend;
        this.prefix = prefix;
        this.trustForwarded = trustForwarded;
        this.responseIdleTimeoutMillis = responseIdleTimeoutMillis;
    }

    /** Resets the request (answered 504) when no answer starts within the idle timeout. */
    private void awaitAnswer(ProxyContext context, HttpClientRequest origin) {
        long timer = vertx.setTimer(responseIdleTimeoutMillis, id -> {
            if (!origin.response().isComplete()) {
                context.set(ATTR_TIMED_OUT, Boolean.TRUE);
                origin.reset(0, new TimeoutException("no answer within " + responseIdleTimeoutMillis + " ms"));
            }
        });
        origin.response().onComplete(answer -> vertx.cancelTimer(timer));
    }

    /** Remembers the request to the service, so that its answer can be timed once the body is sent. */
    static void originRequest(ProxyContext context, HttpClientRequest request) {
        context.set(ATTR_ORIGIN_REQUEST, request);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest in = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();

        String proto = in.scheme();
        String host = in.getHeader(HttpHeaders.HOST);
        if (host == null || host.isBlank()) {
            host = in.authority() == null ? "localhost" : in.authority().toString();
        }
        String incomingPrefix = "";
        String forwardedFor = "";
        if (trustForwarded) {
            proto = firstValue(headers.get(FORWARDED_PROTO), proto);
            host = firstValue(headers.get(FORWARDED_HOST), host);
            incomingPrefix = stripSlash(firstValue(headers.get(FORWARDED_PREFIX), ""));
            forwardedFor = headers.get(FORWARDED_FOR) == null ? "" : headers.get(FORWARDED_FOR) + ", ";
        }
        headers.remove("Forwarded"); // one convention only: the services read the X-Forwarded-* headers
        headers.set(FORWARDED_PROTO, proto);
        headers.set(FORWARDED_HOST, host);
        headers.set(FORWARDED_PREFIX, incomingPrefix + prefix);
        SocketAddress remote = in.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            headers.set(FORWARDED_FOR, forwardedFor + remote.hostAddress());
        }

        String requestId = headers.get(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        headers.set(REQUEST_ID, requestId);
        context.set(ATTR_REQUEST_ID, requestId);

        // the service may take its time to answer only after it has the whole body: an upload of gigabytes takes
        // long, and the service answers at the end; from then on every silence longer than the idle timeout is a 504
        Body body = context.request().getBody();
        if (body != null) {
            context.request().setBody(Body.body(new EndAwareStream(body.stream(), () -> {
                HttpClientRequest origin = context.get(ATTR_ORIGIN_REQUEST, HttpClientRequest.class);
                // our own timer, cancelled by the answer whenever it comes: a service may answer before the body
                // is through (a refusal), on another event loop than this one, and a request timer armed after
                // that answer is never cancelled; firing later it resets a finished request, which closes its
                // pooled connection under whichever request uses it by then (a 502 on an innocent request)
                if (origin != null) {
                    awaitAnswer(context, origin);
                }
            }), body.length()));
        }

        final String id = requestId;
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure, id)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        String requestId = context.get(ATTR_REQUEST_ID, String.class);
        if (requestId != null && !context.response().headers().contains(REQUEST_ID)) {
            context.response().headers().set(REQUEST_ID, requestId);
        }
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure, String requestId) {
        boolean timeout = failure instanceof TimeoutException
                || Boolean.TRUE.equals(context.get(ATTR_TIMED_OUT, Boolean.class));
        LOG.warnf("%s %s -> %s API (%s:%d) failed [%s]: %s", context.request().getMethod(),
                context.request().proxiedRequest().path(), backend.displayName(), backend.host(), backend.port(),
                requestId, failure.toString());
        ProxyResponse response = context.request().release().response();
        response.setStatusCode(timeout ? 504 : 502);
        response.headers().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.headers().set(REQUEST_ID, requestId);
        if (apiVersion != null) {
            response.headers().set(ApiVersions.HEADER, apiVersion);
        }
        response.setBody(Body.body(timeout
                ? Problem.gatewayTimeout(backend.displayName())
                : Problem.badGateway(backend.displayName())));
        return response;
    }

    private static String firstValue(String headerValue, String fallback) {
        if (headerValue == null || headerValue.isBlank()) {
            return fallback;
        }
        int comma = headerValue.indexOf(',');
        return (comma < 0 ? headerValue : headerValue.substring(0, comma)).trim();
    }

    static String stripSlash(String prefix) {
        String p = prefix.trim();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        return p;
    }

    /** A body stream that runs an action when its last byte has been read. */
    private static final class EndAwareStream implements ReadStream<Buffer> {
        private final ReadStream<Buffer> delegate;
        private final Runnable onEnd;

        EndAwareStream(ReadStream<Buffer> delegate, Runnable onEnd) {
            this.delegate = delegate;
            this.onEnd = onEnd;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            delegate.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            delegate.handler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            delegate.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            delegate.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            delegate.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            if (endHandler == null) {
                delegate.endHandler(null);
            } else {
                delegate.endHandler(v -> {
                    onEnd.run();
                    endHandler.handle(v);
                });
            }
            return this;
        }
    }
}
