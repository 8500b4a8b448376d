package nl.zgw.zaken;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.zgw.common.refs.CatalogiViews;
import nl.zgw.common.refs.ReferenceValidator;
import nl.zgw.testing.TestTokens;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A real Catalogi API, started from catalogi-api's packaged jar by {@link ZgwServices}, next to the Zaken API under
 * test: a test client's token (the one zaken's tests use) works there, a catalogus made there can be read back, and
 * the Zaken API itself may dereference it (allow-listed root, localhost allowed, its own service credential accepted).
 */
@QuarkusTest
@QuarkusTestResource(value = ZgwServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = ZgwServices.SERVICES, value = "catalogi"))
class CatalogiProcessTest {

    @Inject
    ReferenceValidator references;

    @Test
    void aCatalogusMadeInTheStartedCatalogiCanBeReadBack() {
        String catalogi = ZgwServices.url("catalogi");
        String domein = "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String bearer = TestTokens.client("admin").secret("admin-secret-which-is-long-enough").bearer();

        String url = given().baseUri(catalogi).header("Authorization", bearer)
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("domein", domein, "rsin", "000000000", "contactpersoonBeheerNaam", "Test"))
                .post("/catalogussen")
                .then().statusCode(201)
                .body("url", startsWith(catalogi + "/catalogussen/"))
                .extract().path("url");

        given().header("Authorization", ZgwServices.bearer("admin")).accept(ContentType.JSON)
                .get(url)
                .then().statusCode(200)
                .body("url", equalTo(url))
                .body("domein", equalTo(domein));
    }

    @Test
    void theApplicationUnderTestDereferencesTheStartedCatalogiWithItsOwnCredential() {
        String domein = "R" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String url = createCatalogus(domein);

        CatalogiViews.Catalogus catalogus = references.require("catalogus", url, CatalogiViews.CATALOGUS);

        assertThat(catalogus.domein(), equalTo(domein));
    }

    @Test
    void withoutATokenTheStartedCatalogiRefuses() {
        given().baseUri(ZgwServices.url("catalogi")).accept(ContentType.JSON)
                .get("/catalogussen")
                .then().statusCode(403)
                .body("code", equalTo("not_authenticated"));
    }

    private static String createCatalogus(String domein) {
        return given().baseUri(ZgwServices.url("catalogi")).header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("domein", domein, "rsin", "000000000", "contactpersoonBeheerNaam", "Test"))
                .post("/catalogussen")
                .then().statusCode(201)
                .extract().path("url");
    }
}
