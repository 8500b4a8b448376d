package nl.zgw.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A request line with an unencoded brace (a collection's unresolved {@code {{zaaktype}}}) or pipe is answered 400
 * with the standard's error body by the gateway, never forwarded and never Quarkus's empty 400. Sent over a raw
 * socket: HTTP clients refuse to build such a URI.
 */
@QuarkusTest
class InvalidUrisTest {

    @TestHTTPResource("/")
    URL gateway;

    private String send(String target) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnencodedBraceIs400WithAProblemBody() throws IOException {
        for (String target : new String[]{"/zaken/api/v1/zaken?zaaktype={{zaaktype}}",
                "/catalogi/api/v1/echo/{uuid}", "/catalogi/api/v1/echo?a=b|c"}) {
            String response = send(target);
            assertThat(target, response, startsWith("HTTP/1.1 400"));
            assertThat(target, response.toLowerCase(), containsString("content-type: application/problem+json"));
            assertThat(target, response, not(containsString("X-Backend")));
            assertThat(target, response, containsString(target.startsWith("/zaken")
                    ? "API-version: 1.7.0" : "API-version: 1.3.3"));
            JsonPath body = JsonPath.from(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(body.getString("code"), equalTo("invalid"));
            assertThat(body.getInt("status"), equalTo(400));
            assertThat(body.getList("invalidParams.name"), hasItem("nonFieldErrors"));
        }
    }

    @Test
    void anEncodedBraceIsForwarded() throws IOException {
        assertThat(send("/catalogi/api/v1/echo?naam=%7B%7Bx%7D%7D"), startsWith("HTTP/1.1 200"));
    }
}
