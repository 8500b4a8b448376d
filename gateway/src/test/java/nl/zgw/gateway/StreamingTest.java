package nl.zgw.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static nl.zgw.gateway.TestBytes.MB;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies stream through the gateway in both directions: the test JVM (gateway, fake service and client together)
 * runs with a 96 MB heap and pushes 256 MB each way, and two interlocked exchanges prove that the first bytes
 * arrive before the last ones are sent, which no buffering proxy could do.
 */
@QuarkusTest
class StreamingTest {

    private static final long BIG = 256L * MB;

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void uploadsFarMoreThanTheHeapWithContentLength() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gatewayUri("catalogi/api/v1/upload/" + UUID.randomUUID()))
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> TestBytes.stream(BIG)), BIG))
                .build();
        JsonObject result = new JsonObject(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(BIG, result.getLong("bytes"));
        assertEquals(Long.toString(BIG), result.getString("contentLength"));
        assertEquals(TestBytes.sha256(BIG), result.getString("sha256"));
    }

    @Test
    void downloadsFarMoreThanTheHeap() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gatewayUri("catalogi/api/v1/download?size=" + BIG))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        MessageDigest md = TestBytes.sha256();
        long total = 0;
        try (InputStream in = response.body()) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                total += n;
            }
        }
        assertEquals(BIG, total);
        assertEquals(TestBytes.sha256(BIG), HexFormat.of().formatHex(md.digest()));
    }

    /** The service has the first chunk before the client sends the second: the gateway does not wait for the end. */
    @Test
    void forwardsAChunkedUploadAsItArrives() throws Exception {
        String id = UUID.randomUUID().toString();
        int chunk = 128 * 1024;
        // a raw HTTP/1.1 exchange, so that nothing on the client side buffers or reads ahead
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /catalogi/api/v1/upload/" + id + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":"
                    + gateway.getPort() + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, TestBytes.block(0, chunk));
            awaitReceivedByService(id, chunk); // the rest is held back until the first chunk is through
            writeChunk(out, TestBytes.block(chunk, chunk));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1); // the service answers chunked
            JsonObject result = new JsonObject(body);
            assertEquals(2L * chunk, result.getLong("bytes"));
            assertEquals("chunked", result.getString("transferEncoding"));
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The client has the first half of the body while the service still holds back the second. */
    @Test
    void forwardsAResponseAsItIsProduced() throws Exception {
        String id = UUID.randomUUID().toString();
        int half = 64 * 1024;
        HttpRequest request = HttpRequest.newBuilder(gatewayUri("catalogi/api/v1/park/" + id + "?half=" + half))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream in = response.body()) {
            byte[] first = CompletableFuture.supplyAsync(() -> readN(in, half)).get(10, TimeUnit.SECONDS);
            assertArrayEquals(TestBytes.block(0, half), first);
            assertEquals(204, control("release/" + id).statusCode());
            byte[] rest = CompletableFuture.supplyAsync(() -> readN(in, half + 1)).get(10, TimeUnit.SECONDS);
            assertArrayEquals(TestBytes.block(half, half), Arrays.copyOf(rest, rest.length));
        }
    }

    private void awaitReceivedByService(String id, long bytes) {
        // the service must see the first chunk while the upload is still going
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> Long.parseLong(control("received/" + id).body()) >= bytes);
    }

    private HttpResponse<String> control(String what) throws IOException {
        int port = ConfigProvider.getConfig().getValue("fake.backend.port", Integer.class);
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_control/" + what))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] readN(InputStream in, int n) {
        try {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI gatewayUri(String path) {
        return URI.create(gateway.toString()).resolve(path);
    }
}
