package nl.zgw.gateway;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.StreamResetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The cause of the gateway's intermittent {@code 502 bad_gateway} ("Connection was closed" on a pooled connection),
 * shown on Vert.x itself: a reset of a request whose exchange is over closes the connection that by then carries the
 * next request. vertx-http-proxy sends such a reset whenever a client leaves while its answer is being passed on.
 * One pooled connection to a real HTTP server, as the gateway has to each service.
 */
class ResetGuardTest {

    private Vertx vertx;
    private HttpServer server;
    private HttpClient client;
    private Context context;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            long delay = request.path().equals("/slow") ? 400 : 1;
            vertx.setTimer(delay, id -> request.response().end(request.path()));
        });
        server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(1));
        context = vertx.getOrCreateContext();
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutTheGuardAResetAfterTheExchangeClosesTheNextRequestsConnection() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> nextRequestAfterAResetOfTheFinishedOne(request -> request));
        assertInstanceOf(HttpClosedException.class, failure.getCause());
    }

    @Test
    void aGuardedRequestIgnoresAResetAfterItsExchangeSoTheNextRequestIsAnswered() throws Exception {
        assertEquals("/slow", nextRequestAfterAResetOfTheFinishedOne(ResetGuard::guard));
    }

    @Test
    void withoutTheGuardAResetOfAnAnswerReceivedButHeldBackClosesTheNextRequestsConnection() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> nextRequestAfterAResetOfAHeldBackAnswer(request -> request));
        assertInstanceOf(HttpClosedException.class, failure.getCause());
    }

    @Test
    void aGuardedRequestReadsASmallAnswerHeldBackInsteadOfResettingSoTheNextRequestIsAnswered() throws Exception {
        assertEquals("/slow", nextRequestAfterAResetOfAHeldBackAnswer(ResetGuard::guard));
    }

    @Test
    void aResetWhileTheAnswerIsAwaitedStillAbortsTheExchange() throws Exception {
        CompletableFuture<HttpClientResponse> answer = new CompletableFuture<>();
        onContext(() -> send("/slow", ResetGuard::guard).onSuccess(request -> {
            request.response().onComplete(r -> complete(answer, r.result(), r.cause()));
            vertx.setTimer(50, id -> request.reset());
        }));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
        assertInstanceOf(StreamResetException.class, failure.getCause());
    }

    /** GET /fast in full, then GET /slow on the same connection, and while it is waited for, a reset of the first. */
    private String nextRequestAfterAResetOfTheFinishedOne(Function<HttpClientRequest, HttpClientRequest> wrap)
            throws Exception {
        CompletableFuture<String> second = new CompletableFuture<>();
        onContext(() -> send("/fast", wrap).compose(first -> first.response()
                .compose(HttpClientResponse::body)
                .compose(body -> send("/slow", r -> r))
                .onSuccess(next -> {
                    next.response().compose(HttpClientResponse::body)
                            .onComplete(r -> complete(second, r.succeeded() ? r.result().toString() : null, r.cause()));
                    vertx.setTimer(100, id -> first.reset());
                })
                .onFailure(second::completeExceptionally)));
        return second.get(10, TimeUnit.SECONDS);
    }

    /**
     * GET /fast, its answer held back (paused, as the proxy holds it until it has a client to pass it to) while it
     * arrives in full; then GET /slow, which gets the same connection, and while that is waited for, a reset of the
     * first, as when the first client went away before its answer was passed on.
     */
    private String nextRequestAfterAResetOfAHeldBackAnswer(Function<HttpClientRequest, HttpClientRequest> wrap)
            throws Exception {
        CompletableFuture<String> second = new CompletableFuture<>();
        onContext(() -> send("/fast", wrap).onSuccess(first -> first.response().onSuccess(held -> {
            held.exceptionHandler(e -> { }).pause(); // the unguarded reset fails it; nothing to report
            vertx.setTimer(100, arrived -> send("/slow", r -> r).onSuccess(next -> {
                next.response().compose(HttpClientResponse::body)
                        .onComplete(r -> complete(second, r.succeeded() ? r.result().toString() : null, r.cause()));
                vertx.setTimer(100, id -> first.reset());
            }).onFailure(second::completeExceptionally));
        })).onFailure(second::completeExceptionally));
        return second.get(10, TimeUnit.SECONDS);
    }

    private Future<HttpClientRequest> send(String path, Function<HttpClientRequest, HttpClientRequest> wrap) {
        return client.request(HttpMethod.GET, server.actualPort(), "localhost", path)
                .map(wrap)
                .compose(request -> request.end().map(request));
    }

    private void onContext(Runnable action) {
        context.runOnContext(v -> action.run());
    }

    private static <T> void complete(CompletableFuture<T> future, T value, Throwable failure) {
        if (failure != null) {
            future.completeExceptionally(failure);
        } else {
            future.complete(value);
        }
    }
}
