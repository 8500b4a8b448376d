package nl.zgw.testing.contract;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The conventions every service keeps: it boots on its own database, is healthy, and serves its OAS at
 * {@code {API root}/openapi.json}, with the {@code API-version} header on both. A service declares it as
 * <pre>
 * &#64;QuarkusTest
 * class ServiceConventionsTest extends ServiceConventionsContract {
 *     ServiceConventionsTest() { super("/catalogi/api/v1", "1.3.3"); }
 * }
 * </pre>
 */
public abstract class ServiceConventionsContract {

    private final String apiRoot;
    private final String apiVersion;

    protected ServiceConventionsContract(String apiRoot, String apiVersion) {
        this.apiRoot = apiRoot;
        this.apiVersion = apiVersion;
    }

    @Test
    public void servesOpenApiJsonAtTheApiRoot() {
        get(apiRoot + "/openapi.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("API-version", apiVersion)
                .body("openapi", startsWith("3."));
    }

    @Test
    public void isHealthy() {
        get("/q/health").then().statusCode(200).body("status", equalTo("UP")).header("API-version", apiVersion);
    }
}
