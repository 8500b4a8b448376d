package nl.zgw.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection to a service that a refused write leaves behind must be safe to hand to the next request. The cause of
 * the intermittent {@code 502 bad_gateway} ("Connection was closed" on a pooled connection): when the service answered
 * before the gateway had read the whole body, the gateway armed its answer timer on that request after the exchange
 * was over; nothing cancelled it, and one idle timeout later (3 s here) it reset the finished request, which in
 * Vert.x closes the connection, under whichever request used that pooled connection by then.
 */
@QuarkusTest
class KeptAliveConnectionTest {

    private static final int BODY = 200_000;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void connectionLeftByAnEarlyRefusalServesTheNextRequestWhenTheRefusedClientLeaves() throws Exception {
        CompletableFuture<HttpResponse<String>> next;
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /documenten/api/v1/early HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + BODY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1000]);
            out.flush();
            // the service refuses before the rest of the body exists
            String refused = readResponse(in);
            assertTrue(refused.startsWith("HTTP/1.1 400 "), refused);
            out.write(new byte[BODY - 1000]);
            // one more exchange on the same client connection: the gateway has then passed the whole body on
            out.write("GET /documenten/api/v1/slow?ms=0 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String done = readResponse(in);
            assertTrue(done.startsWith("HTTP/1.1 200 "), done);

            // another client's request, on the connection to the service that the refused exchange left in the pool
            long started = slowStarted();
            next = http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "documenten/api/v1/slow?ms=4000"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> slowStarted() > started);
        } // ... while the refused client goes away

        HttpResponse<String> answer = next.get(20, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(".".repeat(8) + "done", answer.body());
    }

    /** HTTP/1.1 as the services' clients speak it (without an h2c upgrade), each exchange on a kept-alive connection. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private long slowStarted() throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("fake.backend.early-port", Integer.class);
        return Long.parseLong(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/_control/slow-started")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Status line, headers and a Content-Length body, as text. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
