package nl.zgw.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** {@code /} leads to one documentation page for the six APIs, whose OAS documents come through the gateway. */
@QuarkusTest
class DocumentationPageTest {

    @Test
    void rootRedirectsToTheDocumentation() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(302).header("Location", "/docs/");
    }

    @Test
    void documentationPageListsTheSixApisThroughTheGateway() {
        given().when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(allOf(
                        containsString("../catalogi/api/v1/openapi.json"),
                        containsString("../zaken/api/v1/openapi.json"),
                        containsString("../documenten/api/v1/openapi.json"),
                        containsString("../besluiten/api/v1/openapi.json"),
                        containsString("../autorisaties/api/v1/openapi.json"),
                        containsString("../notificaties/api/v1/openapi.json")));
    }

    @Test
    void pageAssetsAreServedByTheGatewayItself() {
        given().when().get("/docs/swagger-ui-bundle.js").then().statusCode(200);
        given().when().get("/docs/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void openApiDocumentsComeFromTheServices() {
        given().when().get("/catalogi/api/v1/openapi.json")
                .then().statusCode(200).header("API-version", "1.3.3").body("openapi", startsWith("3."));
    }

    @Test
    void gatewayIsHealthy() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
