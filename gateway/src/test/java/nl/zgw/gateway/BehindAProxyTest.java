package nl.zgw.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Mounted by a trusted proxy under {@code /zgw}: the services learn the URL the client used at that proxy. */
@QuarkusTest
@TestProfile(BehindAProxyTest.MountedUnderAPrefix.class)
class BehindAProxyTest {

    public static class MountedUnderAPrefix implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zgw.gateway.prefix", "/zgw/", "zgw.gateway.trust-forwarded-headers", "true");
        }
    }

    @Test
    void passesTheProxysViewOnAndAddsItsPrefix() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "zgw.example.nl")
                .header("X-Forwarded-Prefix", "/outer").header("X-Forwarded-For", "10.1.2.3")
                .when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("zgw.example.nl"))
                .body("headers.x-forwarded-prefix", equalTo("/outer/zgw"))
                .body("headers.x-forwarded-for", equalTo("10.1.2.3, 127.0.0.1"));
    }

    @Test
    void withoutForwardedHeadersItUsesItsOwnViewAndPrefix() {
        given().when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-prefix", equalTo("/zgw"));
    }

    @Test
    void rootRedirectsToTheDocumentationUnderThePrefix() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(302).header("Location", "/zgw/docs/");
    }
}
