package nl.zgw.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** What the services get from the gateway, and what the client gets back. */
@QuarkusTest
class ProxyForwardingTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void forwardsMethodPathQueryHeadersAndBodyUnchanged() {
        given().urlEncodingEnabled(false).header("Authorization", "Bearer abc.def.ghi").header("Accept-Crs", "EPSG:4326")
                .contentType(ContentType.JSON).body("{\"x\":1}")
                .when().patch("/catalogi/api/v1/zaaktypen/42?status=200&a=b%20c")
                .then().statusCode(200)
                .body("method", equalTo("PATCH"))
                .body("uri", equalTo("/catalogi/api/v1/zaaktypen/42?status=200&a=b%20c"))
                .body("headers.authorization", equalTo("Bearer abc.def.ghi"))
                .body("headers.accept-crs", equalTo("EPSG:4326"))
                .body("body", equalTo("{\"x\":1}"));
    }

    @Test
    void tellsTheServiceWhichUrlTheClientUsed() {
        int port = io.restassured.RestAssured.port;
        given().when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + port))
                .body("headers.x-forwarded-prefix", emptyString())
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedClient() {
        int port = io.restassured.RestAssured.port;
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/evil").header("Forwarded", "host=evil.example")
                .when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("localhost:" + port))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-prefix", emptyString())
                .body("headers.forwarded", nullValue());
    }

    @Test
    void createsARequestIdAndReturnsIt() {
        String id = given().when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .header("X-Request-ID", matchesPattern(UUID))
                .body("headers.x-request-id", matchesPattern(UUID))
                .extract().header("X-Request-ID");
        given().when().get("/catalogi/api/v1/zaaktypen").then().header("X-Request-ID", not(equalTo(id)));
    }

    @Test
    void passesTheCallersRequestIdOn() {
        given().header("X-Request-ID", "trace-123").when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200)
                .header("X-Request-ID", "trace-123")
                .body("headers.x-request-id", equalTo("trace-123"));
    }

    @Test
    void replacesARequestIdThatIsNotSafeToLog() {
        given().header("X-Request-ID", "a b\"<script>").when().get("/catalogi/api/v1/zaaktypen")
                .then().statusCode(200).header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void passesStatusAndHeadersBack() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/catalogi/api/v1/zaaktypen?status=201")
                .then().statusCode(201)
                .header("API-version", "1.3.3")
                .header("Location", "http://localhost:8000/catalogi/api/v1/echo/1")
                .header("X-Backend", "catalogi")
                .contentType(startsWith("application/json"));
    }

    @Test
    void passesErrorStatusesBackAsTheyAre() {
        given().when().delete("/catalogi/api/v1/zaaktypen/1?status=409").then().statusCode(409);
        given().when().get("/catalogi/api/v1/zaaktypen?status=404").then().statusCode(404)
                .header("X-Backend", "catalogi");
    }

    @Test
    void theApiRootItselfIsProxied() {
        given().when().get("/catalogi/api/v1").then().statusCode(200).body("uri", equalTo("/catalogi/api/v1"));
        given().when().get("/catalogi/api/v1/").then().statusCode(200).body("uri", equalTo("/catalogi/api/v1/"));
    }
}
