package nl.zgw.common.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.asAll;
import static nl.zgw.common.support.Problem.assertFout;
import static org.hamcrest.Matchers.equalTo;

/**
 * A request line or headers beyond the service's limits (Quarkus defaults here: 4096 characters, 20 kB) are answered
 * with a problem+json {@code Fout} carrying {@code API-version}, over real HTTP, instead of the codec's empty body.
 */
@QuarkusTest
class OversizedRequestTest {

    static final String THING = "/test/api/v1/things/00000000-0000-0000-0000-000000000007";

    @Test
    void requestLineOf10kBIs414UriTooLong() {
        String uri = THING + "?naam=" + "a".repeat(10_000);
        int line = "GET ".length() + uri.length() + " HTTP/1.1".length();
        assertFout(RestAssured.given().urlEncodingEnabled(false).get(uri), 414, "uri_too_long")
                .header("API-version", "9.9.9")
                .header("Connection", "close")
                .body("title", equalTo("De URI van het verzoek is te lang."))
                .body("detail", equalTo("De aanvraagregel (methode, pad en query) is " + line + " tekens lang; "
                        + "ten hoogste 4096 zijn toegestaan."));
    }

    @Test
    void headerOf20kBIs431RequestHeaderFieldsTooLarge() {
        assertFout(RestAssured.given().header("X-Groot", "b".repeat(20 * 1024)).get(THING),
                431, "request_header_fields_too_large")
                .header("API-version", "9.9.9")
                .header("Connection", "close")
                .body("title", equalTo("De headers van het verzoek zijn te groot."));
    }

    @Test
    void aPostWithOversizedHeadersIs431BeforeItsBodyIsRead() {
        assertFout(RestAssured.given().header("X-Groot", "b".repeat(20 * 1024)).contentType("application/json")
                .body("{\"naam\": \"" + "c".repeat(256 * 1024) + "\"}").post("/test/api/v1/things"),
                431, "request_header_fields_too_large");
    }

    @Test
    void requestsWithinTheLimitsAreServedAsBefore() {
        asAll().urlEncodingEnabled(false).header("X-Bijna", "b".repeat(16 * 1024)).get(THING)
                .then().statusCode(200).header("API-version", "9.9.9").body("naam", equalTo("thing-7"));
    }
}
