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
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path(zaaktype));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", admin())
                .header("Accept", "application/json").GET().build();
        for (int i = 0; i < 500; i++) {
            assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        int n = 2000;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            assertEquals(200, r.statusCode());
            assertEquals(true, r.body().contains("\"url\":\"" + zaaktype + "\""));
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH zaaktype detail GET (warm cache, %d requests): p50=%.3f ms p90=%.3f ms p99=%.3f ms%n",
                n, nanos[n / 2] / 1e6, nanos[n * 90 / 100] / 1e6, nanos[n * 99 / 100] / 1e6);
    }
}
