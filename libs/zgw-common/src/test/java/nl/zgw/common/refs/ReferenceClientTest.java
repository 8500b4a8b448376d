package nl.zgw.common.refs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testing.TestTokens;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
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
    @Inject
    ZgwRefsConfig config;

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
    void dotSegmentsAreRefusedHoweverTheyAreWritten() {
        for (String path : new String[]{"/../admin", "/zaaktypen/..", "/zaaktypen/../../../admin", "/zaaktypen/.",
                "/./zaaktypen/1", "/%2e%2e/admin", "/%2E%2E/admin", "/.%2e/admin", "/zaaktypen/%2e%2e",
                "/zaaktypen/..%2f..%2fadmin", "/zaaktypen/%252e%252e/admin", "/zaaktypen/..%5cadmin",
                "/zaaktypen/%zz"}) {
            String url = publicUrl(path);
            assertFalse(client.allowed(url), url);
            assertEquals(ReferenceException.BAD_URL, assertThrows(ReferenceException.class, () -> client.get(url), url)
                    .code());
        }
        assertTrue(client.allowed(publicUrl("/zaaktypen/1")));
        assertTrue(client.allowed(publicUrl("/zaaktypen/naam..met.punten")), "dots inside a segment are no traversal");
        assertTrue(other.getAllServeEvents().isEmpty(), "nothing was fetched");
    }

    @Test
    void delegatieTheOutgoingTokenIsTheServicesOwnNotTheConsumers() throws Exception {
        other.stubFor(get("/internal-ztc/zaaktypen/2").willReturn(okJson("{\"omschrijving\": \"Twee\"}")));
        given().header("Authorization", TestTokens.client("all-client").secret("all-secret").bearer())
                .queryParam("url", publicUrl("/zaaktypen/2"))
                .get("/test/api/v1/refs").then().statusCode(200).body("omschrijving", org.hamcrest.Matchers.equalTo("Twee"));
        String authorization = other.findAll(getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/2"))).get(0)
                .getHeader("Authorization");
        JwtClaims claims = new JwtConsumerBuilder().setSkipAllDefaultValidators().setRelaxVerificationKeyValidation()
                .setVerificationKey(new HmacKey("service-secret".getBytes(StandardCharsets.UTF_8))).build()
                .processToClaims(authorization.substring("Bearer ".length()));
        assertEquals("test-service", claims.getClaimValue("client_id"), "zgw.auth.service.client-id, not all-client");
        assertEquals("test-service", claims.getIssuer());
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

    /** A check that must see the current state (a besluit's dates at closing) reads past the cache, then refills it. */
    @Test
    void freshFetchesAgainAndTheCacheKeepsTheNewAnswer() {
        String url = publicUrl("/zaaktypen/veranderd");
        other.stubFor(get("/internal-ztc/zaaktypen/veranderd").willReturn(okJson("{\"omschrijving\": \"Oud\"}")));
        assertEquals("Oud", client.get(url).get("omschrijving").asText());
        other.stubFor(get("/internal-ztc/zaaktypen/veranderd").willReturn(okJson("{\"omschrijving\": \"Nieuw\"}")));
        assertEquals("Oud", client.get(url).get("omschrijving").asText());
        assertEquals("Nieuw", client.fresh(url).get("omschrijving").asText());
        assertEquals("Nieuw", client.get(url).get("omschrijving").asText());
        other.verify(2, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/veranderd")));
    }

    @Test
    void aTimeoutIsBadUrlNotAHang() {
        // attempts * timeout is 2 s in the test profile; the answer would only come after 6 s
        Duration attempts = config.timeout().multipliedBy(config.retries() + 1);
        other.stubFor(get("/internal-ztc/zaaktypen/slow").willReturn(okJson("{}").withFixedDelay(6000)));
        long start = System.nanoTime();
        ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(publicUrl("/zaaktypen/slow")));
        assertEquals("bad-url", e.code());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // twice the nominal bound: room for a loaded 2-core machine, still well before the answer would come
        assertTrue(took.compareTo(attempts.multipliedBy(2)) < 0, "bounded by the timeout and retries, took " + took);
        other.verify(config.retries() + 1, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/slow")));
    }

    /** Issue 10 item 5: an allow-listed root reached directly is refused when it points into the network. */
    @Test
    void aRootThatResolvesToAnInternalAddressIsRefusedBeforeAnyCall() {
        String url = "http://127.0.0.1:1/direct/api/v1/zaaktypen/0b6f5e9a-3d1f-4c8e-9f1a-2a3b4c5d6e7f";
        assertTrue(client.allowed(url), "allow-listed");
        ReferenceException e = assertThrows(ReferenceException.class, () -> client.get(url));
        assertEquals("bad-url", e.code());
        assertEquals("De host 127.0.0.1 verwijst naar een intern adres (127.0.0.1); dat is niet toegestaan.",
                e.getMessage());
    }
}
