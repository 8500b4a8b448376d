package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The service boots on its own database, is healthy and serves its OAS at {API root}/openapi.json. */
@QuarkusTest
class ServiceConventionsTest {

    @Test
    void servesOpenApiJsonAtTheApiRoot() {
        get("/catalogi/api/v1/openapi.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("API-version", "1.3.3")
                .body("openapi", startsWith("3."));
    }

    @Test
    void isHealthy() {
        get("/q/health").then().statusCode(200).body("status", equalTo("UP")).header("API-version", "1.3.3");
    }
}
