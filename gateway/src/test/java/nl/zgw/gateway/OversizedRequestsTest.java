package nl.zgw.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * A request line or headers beyond the gateway's limits (the Quarkus defaults: 4096 characters, 20 kB) are answered
 * by the gateway with a problem+json body over real HTTP, never forwarded, instead of the codec's empty 414/431.
 */
@QuarkusTest
class OversizedRequestsTest {

    @Test
    void requestLineOf10kBIs414UriTooLong() {
        String uri = "/catalogi/api/v1/echo?naam=" + "a".repeat(10_000);
        int line = "GET ".length() + uri.length() + " HTTP/1.1".length();
        problem(given().urlEncodingEnabled(false).when().get(uri).then(), 414, "uri_too_long")
                .header("Connection", "close").header("API-version", "1.3.3")
                .body("title", equalTo("De URI van het verzoek is te lang."))
                .body("detail", equalTo("De aanvraagregel (methode, pad en query) is " + line
                        + " tekens lang; ten hoogste 4096 zijn toegestaan."));
    }

    @Test
    void headerOf20kBIs431RequestHeaderFieldsTooLarge() {
        problem(given().header("X-Groot", "b".repeat(20 * 1024)).when().get("/catalogi/api/v1/echo").then(),
                431, "request_header_fields_too_large")
                .header("Connection", "close")
                .body("title", equalTo("De headers van het verzoek zijn te groot."));
    }

    @Test
    void oversizedRequestIsNotForwarded() {
        // the X-Backend header would say the fake service answered
        problem(given().header("X-Groot", "b".repeat(20 * 1024)).body("{}").when().post("/catalogi/api/v1/echo")
                .then(), 431, "request_header_fields_too_large")
                .header("X-Backend", nullValue());
    }

    @Test
    void requestWithinTheLimitsIsForwarded() {
        // 6 kB: within the fake service's own (Vert.x default 8 kB) header limit too
        given().header("X-Bijna", "b".repeat(6 * 1024)).when().get("/catalogi/api/v1/echo")
                .then().statusCode(200).header("X-Backend", "catalogi")
                .body("headers.x-bijna", equalTo("b".repeat(6 * 1024)));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zaakgerichtwerken.vng.cloud/fouten/" + code))
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("instance", matchesPattern("urn:uuid:[0-9a-f-]{36}"));
    }
}
