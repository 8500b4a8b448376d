package nl.zgw.gateway;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The request to a service as the proxy gets it, with one change: it is never reset once the service has answered in
 * full, since that would close a connection that is back in the pool.
 *
 * <p>Why: vertx-http-proxy resets the request to the service whenever passing the answer on to the client fails, i.e.
 * when the client has gone away (it closed its connection before or while its answer was written, as a client does
 * that stops reading once it has the status). In Vert.x 4.5 a reset of a request whose answer has been received
 * closes the connection ({@code Http1xClientConnection.reset}); by then that connection is back in the pool and
 * carries the next request, which fails with "Connection was closed": a 502 to a client that did nothing wrong.
 *
 * <p>So a reset is dropped when the exchange is over (request sent, answer handed on in full); when the answer has
 * come but is not handed on yet, a small one (at most {@value #DRAINED_AT_MOST} bytes, which Vert.x reads in full
 * even while the proxy holds it back) is read and dropped instead, leaving the connection as the exchange left it.
 * Otherwise (no answer yet, or a large or chunked one) the reset goes through: closing the connection is the only way
 * to stop an HTTP/1.1 exchange. The proxy may reset from inside the hand-over of the answer's end, before the end is
 * recorded here, so a reset is decided one turn of the request's context later.
 */
final class ResetGuard implements InvocationHandler {

    static final long DRAINED_AT_MOST = 64 * 1024;

    private final HttpClientRequest request;
    private final Context context;
    private final AtomicBoolean requestEnded = new AtomicBoolean();
    private final AtomicBoolean answerEnded = new AtomicBoolean();

    private ResetGuard(HttpClientRequest request, Context context) {
        this.request = request;
        this.context = context;
        request.response().onSuccess(answer -> answer.end().onSuccess(v -> answerEnded.set(true)));
    }

    /** The request, guarded; call on the context the request was made on. */
    static HttpClientRequest guard(HttpClientRequest request) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return request;
        }
        ResetGuard guard = new ResetGuard(request, context);
        return (HttpClientRequest) Proxy.newProxyInstance(ResetGuard.class.getClassLoader(),
                new Class<?>[]{HttpClientRequest.class}, guard);
    }

    boolean over() {
        return requestEnded.get() && answerEnded.get();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("reset")) {
            context.runOnContext(v -> {
                if (!over() && !drainedInstead()) {
                    call(method, args);
                }
            });
            return Boolean.TRUE;
        }
        Object[] actual = name.equals("end") ? recordingEnd(args) : args;
        Object result = call(method, actual);
        if (name.equals("end") && result instanceof Future<?> written) {
            written.onSuccess(v -> requestEnded.set(true));
        }
        return result == request ? proxy : result; // fluent calls stay on the guarded request
    }

    /** Reads and drops a small answer that has come in full but is not handed on, so its connection stays usable. */
    private boolean drainedInstead() {
        Future<HttpClientResponse> came = request.response();
        if (!requestEnded.get() || !came.succeeded() || !small(came.result())) {
            return false;
        }
        try {
            came.result().exceptionHandler(e -> { }).handler(chunk -> { }).endHandler(end -> { }).resume();
        } catch (IllegalStateException handedOnMeanwhile) {
            // "Response already ended": nothing left to read
        }
        return true;
    }

    private static boolean small(HttpClientResponse answer) {
        if (answer.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return false;
        }
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) { // no body at all, or one that runs until the service closes
            return answer.statusCode() == 204 || answer.statusCode() == 304 || answer.request().getMethod() == HttpMethod.HEAD;
        }
        try {
            return Long.parseLong(length.trim()) <= DRAINED_AT_MOST;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An {@code end(..., handler)}: the handler also records that the request was sent in full. */
    @SuppressWarnings("unchecked")
    private Object[] recordingEnd(Object[] args) {
        if (args == null || args.length == 0 || !(args[args.length - 1] instanceof Handler<?> last)) {
            return args;
        }
        Handler<AsyncResult<Void>> handler = (Handler<AsyncResult<Void>>) last;
        Object[] copy = Arrays.copyOf(args, args.length);
        copy[copy.length - 1] = (Handler<AsyncResult<Void>>) result -> {
            if (result.succeeded()) {
                requestEnded.set(true);
            }
            handler.handle(result);
        };
        return copy;
    }

    private Object call(Method method, Object[] args) {
        try {
            return method.invoke(request, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
