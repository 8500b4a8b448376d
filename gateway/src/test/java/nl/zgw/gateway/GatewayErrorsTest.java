package nl.zgw.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** What the gateway answers itself: problem+json for unknown paths, unreachable and silent services. */
@QuarkusTest
class GatewayErrorsTest {

    @Test
    void unknownPathIsAProblem404() {
        problem(given().when().get("/nergens/api/v1/zaken").then(), 404, "not_found");
        problem(given().when().get("/catalogi/api/v2/zaaktypen").then(), 404, "not_found");
        problem(given().when().get("/catalogi/api/v1extra").then(), 404, "not_found");
        problem(given().when().post("/q/unknown").then(), 404, "not_found");
    }

    @Test
    void serviceThatIsDownIsAProblem502() {
        problem(given().when().get("/zaken/api/v1/zaken").then(), 502, "bad_gateway").header("API-version", "1.7.0")
                .body("detail", equalTo("De Zaken API antwoordt niet; probeer het later opnieuw."))
                .header("X-Request-ID", notNullValue());
    }

    @Test
    void uploadToAServiceThatIsDownIsAProblem502() {
        problem(given().body(new byte[256 * 1024]).when().post("/zaken/api/v1/zaken").then(), 502, "bad_gateway");
    }

    @Test
    void serviceThatDoesNotAnswerIsAProblem504AfterTheIdleTimeout() {
        problem(given().when().get("/catalogi/api/v1/silent").then().time(lessThan(15_000L)), 504, "gateway_timeout");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zaakgerichtwerken.vng.cloud/fouten/" + code))
                .body("code", equalTo(code))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("instance", matchesPattern("urn:uuid:[0-9a-f-]{36}"));
    }
}
