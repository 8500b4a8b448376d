package nl.zgw.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stand-ins for the services, on their own Vert.x: the Catalogi route goes to a server that echoes, counts,
 * streams and waits on command; the Zaken route to a port where nobody listens. The test talks to the fake
 * directly on {@code /_control/...} (plain HTTP, so it works whatever class loader the test runs in).
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private final Map<String, Runnable> parked = new ConcurrentHashMap<>();
    private final AtomicLong slowStarted = new AtomicLong();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = listen(vertx.createHttpServer().requestHandler(this::handle));
        int earlyPort = listen(vertx.createHttpServer().requestHandler(this::answerEarly));
        return Map.of(
                "zgw.gateway.routes.catalogi", "http://localhost:" + port,
                "zgw.gateway.routes.zaken", "http://localhost:" + closedPort(),
                "zgw.gateway.routes.documenten", "http://localhost:" + earlyPort,
                "fake.backend.port", Integer.toString(port),
                "fake.backend.early-port", Integer.toString(earlyPort));
    }

    private static int listen(HttpServer server) {
        try {
            return server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake backend did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private void handle(HttpServerRequest req) {
        String path = req.path();
        if (path.startsWith("/_control/received/")) {
            AtomicLong n = received.get(path.substring("/_control/received/".length()));
            req.response().end(Long.toString(n == null ? 0 : n.get()));
        } else if (path.startsWith("/_control/release/")) {
            Runnable r = parked.remove(path.substring("/_control/release/".length()));
            if (r != null) {
                r.run();
            }
            req.response().setStatusCode(r == null ? 404 : 204).end();
        } else if (path.equals("/catalogi/api/v1/openapi.json")) {
            req.response().putHeader("Content-Type", "application/json").putHeader("API-version", "1.3.3")
                    .end("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Catalogi API\",\"version\":\"1.3.3\"}}");
        } else if (path.startsWith("/catalogi/api/v1/upload/")) {
            upload(req, path.substring("/catalogi/api/v1/upload/".length()));
        } else if (path.equals("/catalogi/api/v1/download")) {
            download(req);
        } else if (path.startsWith("/catalogi/api/v1/park/")) {
            park(req, path.substring("/catalogi/api/v1/park/".length()));
        } else if (path.equals("/catalogi/api/v1/silent")) {
            req.pause(); // never answers
        } else {
            echo(req);
        }
    }

    /**
     * The Documenten route, a server of its own (so its connection pool at the gateway holds only what one test
     * does): {@code /early} refuses at once, before the body has arrived, as a service does that rejects a request
     * on its path or headers; {@code /slow?ms=} takes that long to answer.
     */
    private void answerEarly(HttpServerRequest req) {
        if (req.path().endsWith("/early")) {
            req.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end("{\"code\":\"invalid\"}");
        } else if (req.path().equals("/_control/slow-started")) {
            req.response().end(Long.toString(slowStarted.get()));
        } else if (req.path().endsWith("/slow")) {
            slowStarted.incrementAndGet();
            slow(req, Integer.parseInt(req.getParam("ms")) / 500);
        } else {
            req.response().setStatusCode(404).end();
        }
    }

    /** Answers one dot per half second, never silent longer than that, then {@code done}. */
    private void slow(HttpServerRequest req, int dots) {
        HttpServerResponse res = req.response().setChunked(true).putHeader("Content-Type", "text/plain");
        if (dots == 0) {
            res.end("done");
            return;
        }
        res.write(".");
        int[] left = {dots - 1};
        vertx.setPeriodic(500, id -> {
            if (left[0]-- > 0) {
                res.write(".");
            } else {
                vertx.cancelTimer(id);
                res.end("done");
            }
        });
    }

    /** Tells what arrived: method, URI, headers; answers with the status and headers the query asks for. */
    private void echo(HttpServerRequest req) {
        req.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            int status = req.getParam("status") == null ? 200 : Integer.parseInt(req.getParam("status"));
            HttpServerResponse res = req.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("API-version", "1.3.3")
                    .putHeader("Location", "http://localhost:8000/catalogi/api/v1/echo/1")
                    .putHeader("X-Backend", "catalogi");
            res.end(new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                    .put("headers", headers).put("body", body.toString()).encode());
        });
    }

    /** Counts and hashes the body as it streams in (the count is readable while the upload is still going). */
    private void upload(HttpServerRequest req, String id) {
        AtomicLong count = received.computeIfAbsent(id, k -> new AtomicLong());
        MessageDigest md = TestBytes.sha256();
        String transferEncoding = req.getHeader("Transfer-Encoding");
        req.handler(buf -> {
            count.addAndGet(buf.length());
            md.update(buf.getBytes());
        });
        req.endHandler(v -> req.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("bytes", count.get())
                        .put("sha256", HexFormat.of().formatHex(md.digest()))
                        .put("transferEncoding", transferEncoding)
                        .put("contentLength", req.getHeader("Content-Length")).encode()));
    }

    /** Streams {@code size} generated bytes with back-pressure, chunked. */
    private void download(HttpServerRequest req) {
        long size = Long.parseLong(req.getParam("size"));
        HttpServerResponse res = req.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
        new Object() {
            long pos;

            void pump() {
                while (pos < size && !res.writeQueueFull()) {
                    int n = (int) Math.min(64 * 1024, size - pos);
                    res.write(TestBytes.buffer(pos, n));
                    pos += n;
                }
                if (pos >= size) {
                    res.end();
                } else {
                    res.drainHandler(v -> pump());
                }
            }
        }.pump();
    }

    /** Sends the first half of the body, then waits for {@code /_control/release/{id}} before sending the rest. */
    private void park(HttpServerRequest req, String id) {
        int half = Integer.parseInt(req.getParam("half"));
        HttpServerResponse res = req.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
        res.write(TestBytes.buffer(0, half));
        io.vertx.core.Context context = vertx.getOrCreateContext();
        parked.put(id, () -> context.runOnContext(v -> res.end(TestBytes.buffer(half, half))));
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort(); // free now, and nobody will listen on it
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
