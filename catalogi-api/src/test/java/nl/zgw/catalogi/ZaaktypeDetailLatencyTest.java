package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static nl.zgw.catalogi.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures a warm published zaaktype detail GET (the hot path of the other services) with a plain JDK HttpClient
 * and PRINTS p50/p99; it asserts only that every answer is a correct 200. The numbers are a bench note, not a gate.
 */
@QuarkusTest
class ZaaktypeDetailLatencyTest {

    @InjectWireMock
    WireMockServer wm;

    @TestHTTPResource("/")
    URL base;

    @Test
    void warmDetailGet() throws Exception {
        String zaaktype = completeZaaktype(wm, catalogus(), unique("PERF"));
        publish(zaaktype).then().statusCode(200);
        HttpClient client = HttpClient.newHttpClient();
        String root = base.toString().replaceAll("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path(zaaktype)))
                .header("Authorization", admin()).header("Accept", "application/json").GET().build();
        String etag = client.send(request, HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag")
                .orElseThrow();
        HttpRequest conditional = HttpRequest.newBuilder(URI.create(root + path(zaaktype)))
                .header("Authorization", admin()).header("If-None-Match", etag).GET().build();
        // floor of this machine: an unauthenticated, in-memory JSON resource of the same server
        HttpRequest floor = HttpRequest.newBuilder(URI.create(root
                + "/referentielijsten/api/v1/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7")).GET().build();
        measure(client, floor, 200, null, "floor: unauthenticated in-memory GET");
        measure(client, request, 200, zaaktype, "zaaktype detail GET, warm cache");
        measure(client, conditional, 304, null, "zaaktype detail GET with If-None-Match (304)");
    }

    private static void measure(HttpClient client, HttpRequest request, int status, String url, String what)
            throws Exception {
        for (int i = 0; i < 500; i++) {
            assertEquals(status, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        int n = 3000;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            assertEquals(status, r.statusCode());
            if (url != null) {
                assertEquals(true, r.body().contains("\"url\":\"" + url + "\""));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH %s (%d requests): p50=%.3f ms p90=%.3f ms p99=%.3f ms%n",
                what, n, nanos[n / 2] / 1e6, nanos[n * 90 / 100] / 1e6, nanos[n * 99 / 100] / 1e6);
    }
}
