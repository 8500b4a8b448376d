package nl.zgw.common.security;

import nl.zgw.common.persistence.AnyOf;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.as;
import static nl.zgw.common.support.Api.asAll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The enforcement contract of standard §2 / zrc-006, over HTTP. */
@QuarkusTest
class AutorisatiesEnforcementTest {

    static final String ZT1 = "http://ztc/zaaktypen/1";
    static final String ZT2 = "http://ztc/zaaktypen/2";

    @AfterEach
    void reset() {
        TestAutorisaties.revoke("limited");
    }

    @Test
    void withoutApplicatieEverythingIs403() {
        as("limited", "limited-secret").get("/test/api/v1/things")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void missingScopeIs403() {
        String auth = TestAutorisaties.client("c-aanmaken").zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM,
                "zaken.aanmaken").bearer();
        given().header("Authorization", auth).get("/test/api/v1/things")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void scopeOfAnotherComponentDoesNotCount() {
        String auth = TestAutorisaties.client("c-drc").informatieobjecttype("http://iot",
                Vertrouwelijkheidaanduiding.GEHEIM, "zaken.lezen").bearer();
        given().header("Authorization", auth).get("/test/api/v1/things").then().statusCode(403);
    }

    @Test
    void operationWithoutDeclaredScopeIsRefused() {
        asAll().get("/test/api/v1/things/unguarded").then().statusCode(403);
    }

    @Test
    void typeNotGrantedIs403OnDetail() {
        String auth = TestAutorisaties.client("c-zt1").zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).queryParam("zaaktype", ZT1).queryParam("niveau", "openbaar")
                .get("/test/api/v1/things/check").then().statusCode(200);
        given().header("Authorization", auth).queryParam("zaaktype", ZT2).queryParam("niveau", "openbaar")
                .get("/test/api/v1/things/check").then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void vertrouwelijkheidAboveMaxIs403OnDetailAndMaxItselfIsAllowed() {
        String auth = TestAutorisaties.client("c-zv").zaaktype(ZT1, Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).queryParam("zaaktype", ZT1).queryParam("niveau", "zaakvertrouwelijk")
                .get("/test/api/v1/things/check").then().statusCode(200);
        given().header("Authorization", auth).queryParam("zaaktype", ZT1).queryParam("niveau", "vertrouwelijk")
                .get("/test/api/v1/things/check").then().statusCode(403);
    }

    @Test
    void listPredicateHoldsOnlyGrantedTypesAndLevels() {
        String auth = TestAutorisaties.client("c-list")
                .zaaktype(ZT1, Vertrouwelijkheidaanduiding.INTERN, "zaken.lezen")
                .zaaktype(ZT1, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.lezen")
                .zaaktype(ZT2, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.aanmaken").bearer();
        given().header("Authorization", auth).get("/test/api/v1/things/filter").then().statusCode(200)
                .body("jpql", equalTo("((" + AnyOf.condition("z.zaaktype", ":authTypes0") + " and "
                        + AnyOf.condition("z.vertrouwelijkheidaanduiding", ":authLevels0") + "))"))
                .body("parameters.authTypes0", contains(ZT1))
                .body("parameters.authLevels0", contains("openbaar", "beperkt_openbaar", "intern"));
    }

    @Test
    void heeftAlleAutorisatiesAllowsEverything() {
        asAll().queryParam("zaaktype", ZT2).queryParam("niveau", "zeer_geheim")
                .get("/test/api/v1/things/check").then().statusCode(200);
        asAll().get("/test/api/v1/things/filter").then().body("jpql", equalTo("1 = 1"));
    }

    @Test
    void aChangeIsSeenOnTheVeryNextRequest() {
        String auth = TestAutorisaties.client("c-change").zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).get("/test/api/v1/things").then().statusCode(200);
        TestAutorisaties.revoke("c-change");
        given().header("Authorization", auth).get("/test/api/v1/things").then().statusCode(403);
        TestAutorisaties.client("c-change").zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.aanmaken").register();
        given().header("Authorization", auth).get("/test/api/v1/things").then().statusCode(403);
    }
}
