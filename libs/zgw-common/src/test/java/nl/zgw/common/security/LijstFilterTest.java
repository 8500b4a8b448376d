package nl.zgw.common.security;

import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.zgw.common.security.AutorisatiesEnforcementTest.ZT1;
import static nl.zgw.common.security.AutorisatiesEnforcementTest.ZT2;
import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

/** zrc-006 on lists: objects of a type not granted, or above the granted max, are left out (not a 403). */
@QuarkusTest
class LijstFilterTest {

    static final String ZAKEN = "/test/api/v1/zaken";

    @Test
    void typeNotGrantedIsLeftOut() {
        String auth = TestAutorisaties.client("l-zt2").zaaktype(ZT2, Vertrouwelijkheidaanduiding.ZEER_GEHEIM,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).get(ZAKEN).then().statusCode(200)
                .body("$", contains("z2-openbaar", "z2-zeer-geheim"));
    }

    @Test
    void vertrouwelijkheidAboveTheMaxIsLeftOutAndTheMaxItselfIsListed() {
        String auth = TestAutorisaties.client("l-intern").zaaktype(ZT1, Vertrouwelijkheidaanduiding.INTERN,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).get(ZAKEN).then().statusCode(200)
                .body("$", contains("z1-openbaar", "z1-intern"));
    }

    @Test
    void theHighestMaxOfSeveralAutorisatiesForOneTypeWins() {
        String auth = TestAutorisaties.client("l-twee")
                .zaaktype(ZT1, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.lezen")
                .zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.lezen")
                .zaaktype(ZT2, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.lezen").bearer();
        given().header("Authorization", auth).get(ZAKEN).then()
                .body("$", contains("z1-openbaar", "z1-intern", "z1-geheim", "z2-openbaar"));
    }

    @Test
    void aTypeGrantedForAnotherScopeIsLeftOut() {
        String auth = TestAutorisaties.client("l-scope")
                .zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.lezen")
                .zaaktype(ZT2, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, "zaken.bijwerken").bearer();
        given().header("Authorization", auth).get(ZAKEN).then()
                .body("$", contains("z1-openbaar", "z1-intern", "z1-geheim"));
    }

    @Test
    void zakenScopeWithoutAnyTypeSeesNothing() {
        String auth = TestAutorisaties.client("l-geen-type").scopes("zrc", "zaken.lezen").bearer();
        given().header("Authorization", auth).get(ZAKEN).then().statusCode(200).body("$", empty());
    }

    @Test
    void heeftAlleAutorisatiesSeesEverything() {
        asAll().get(ZAKEN).then().statusCode(200).body("$", containsInAnyOrder(
                "z1-openbaar", "z1-intern", "z1-geheim", "z2-openbaar", "z2-zeer-geheim"));
        String auth = TestAutorisaties.superuser("l-super").bearer();
        given().header("Authorization", auth).get(ZAKEN).then().body("$", org.hamcrest.Matchers.hasSize(5));
    }

    @Test
    void aRevokedClientSeesNothingOnTheNextRequest() {
        String auth = TestAutorisaties.client("l-revoke").zaaktype(ZT1, Vertrouwelijkheidaanduiding.GEHEIM,
                "zaken.lezen").bearer();
        given().header("Authorization", auth).get(ZAKEN).then().statusCode(200);
        TestAutorisaties.revoke("l-revoke");
        given().header("Authorization", auth).get(ZAKEN).then().statusCode(403);
    }
}
