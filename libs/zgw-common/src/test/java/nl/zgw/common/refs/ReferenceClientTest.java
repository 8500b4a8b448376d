package nl.zgw.common.refs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * References to other APIs: only allow-listed roots (no server-side request forgery), fetched through the mapped
 * internal address with the service's own token, retried on 5xx, cached, and refused with the standard's codes.
 */
@QuarkusTest
class ReferenceClientTest {

    @InjectWireMock
    WireMockServer other;
    @Inject
    ReferenceClient client;

    /** A view of another API's resource, as a service's {@code client} package would declare it. */
    public record ZaaktypeView(String url, String omschrijving) {
    }

    @BeforeEach
    void reset() {
        other.resetAll();
    }

    private String publicUrl(String path) {
        // allow-listed in application.properties as http://ztc.example.nl/catalogi/api/v1, mapped to WireMock
        return "http://ztc.example.nl/catalogi/api/v1" + path;
    }

    @Test
    void fetchesAnAllowListedUrlThroughItsInternalAddressWithTheServiceToken() {
        other.stubFor(get("/internal-ztc/zaaktypen/1").willReturn(okJson(
                "{\"url\": \"http://ztc.example.nl/catalogi/api/v1/zaaktypen/1\", \"omschrijving\": \"Melding\"}")));
        ZaaktypeView zt = client.get(publicUrl("/zaaktypen/1"), ZaaktypeView.class);
        assertEquals("Melding", zt.omschrijving());
        other.verify(getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/1"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Forwarded-Host", equalTo("ztc.example.nl")));
    }

    @Test
    void refusesUrlsOutsideTheAllowList() {
        for (String url : new String[]{"http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                "http://ztc.example.nl.evil.com/catalogi/api/v1/zaaktypen/1", "http://user@ztc.example.nl/catalogi/api/v1/x",
                "not a url", "http://ztc.example.nl/catalogi/api/v2/zaaktypen/1"}) {
            ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(url), url);
            assertEquals(ReferenceException.BAD_URL, e.code());
        }
        assertTrue(other.getAllServeEvents().isEmpty(), "nothing was fetched");
    }

    @Test
    void a404IsBadUrl() {
        other.stubFor(get("/internal-ztc/zaaktypen/missing").willReturn(notFound()));
        ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(publicUrl("/zaaktypen/missing")));
        assertEquals("bad-url", e.code());
        assertEquals("zaaktype", e.asInvalidParam("zaaktype").name());
    }

    @Test
    void theWrongShapeIsInvalidResource() {
        other.stubFor(get("/internal-ztc/zaaktypen/html").willReturn(ok("<html>not json</html>")));
        ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(publicUrl("/zaaktypen/html")));
        assertEquals("invalid-resource", e.code());
        other.stubFor(get("/internal-ztc/zaaktypen/array").willReturn(okJson("[1, 2]")));
        e = assertThrows(ReferenceException.class, () -> client.get(publicUrl("/zaaktypen/array"), ZaaktypeView.class));
        assertEquals("invalid-resource", e.code());
    }

    @Test
    void retriesAServerErrorAndCachesTheAnswer() {
        other.stubFor(get("/internal-ztc/zaaktypen/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("ok"));
        other.stubFor(get("/internal-ztc/zaaktypen/flaky").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"omschrijving\": \"Flaky\"}")));
        assertEquals("Flaky", client.get(publicUrl("/zaaktypen/flaky")).get("omschrijving").asText());
        assertEquals("Flaky", client.get(publicUrl("/zaaktypen/flaky")).get("omschrijving").asText());
        other.verify(2, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/flaky")));
        client.invalidate(publicUrl("/zaaktypen/flaky"));
        client.get(publicUrl("/zaaktypen/flaky"));
        other.verify(3, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/flaky")));
    }

    @Test
    void aTimeoutIsBadUrlNotAHang() {
        other.stubFor(get("/internal-ztc/zaaktypen/slow").willReturn(okJson("{}").withFixedDelay(3000)));
        long start = System.nanoTime();
        ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(publicUrl("/zaaktypen/slow")));
        assertEquals("bad-url", e.code());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2900, "bounded by the timeout and retries");
    }
}
