package nl.zgw.common.security;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.support.MutableAutorisaties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static nl.zgw.common.support.Api.as;
import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.*;

/** The enforcement contract of standard §2 / zrc-006, over HTTP. */
@QuarkusTest
class AutorisatiesEnforcementTest {

    static final String ZT1 = "http://ztc/zaaktypen/1";
    static final String ZT2 = "http://ztc/zaaktypen/2";

    @AfterEach
    void reset() {
        MutableAutorisaties.remove("limited");
    }

    private static void grant(Autorisatie... autorisaties) {
        MutableAutorisaties.set("limited", new Applicatie(Set.of("limited"), "Beperkt", false, List.of(autorisaties)));
    }

    private static Autorisatie zrc(String zaaktype, Vertrouwelijkheidaanduiding max, String... scopes) {
        return new Autorisatie("zrc", Set.of(scopes), zaaktype, null, null, max);
    }

    @Test
    void withoutApplicatieEverythingIs403() {
        as("limited", "limited-secret").get("/test/api/v1/things")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void missingScopeIs403() {
        grant(zrc(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.aanmaken"));
        as("limited", "limited-secret").get("/test/api/v1/things")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void scopeOfAnotherComponentDoesNotCount() {
        MutableAutorisaties.set("limited", new Applicatie(Set.of("limited"), "x", false,
                List.of(new Autorisatie("drc", Set.of("zaken.lezen"), null, "http://iot", null,
                        Vertrouwelijkheidaanduiding.GEHEIM))));
        as("limited", "limited-secret").get("/test/api/v1/things").then().statusCode(403);
    }

    @Test
    void operationWithoutDeclaredScopeIsRefused() {
        asAll().get("/test/api/v1/things/unguarded").then().statusCode(403);
    }

    @Test
    void typeNotGrantedIs403OnDetail() {
        grant(zrc(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.lezen"));
        as("limited", "limited-secret").queryParam("zaaktype", ZT1).queryParam("niveau", "openbaar")
                .get("/test/api/v1/things/check").then().statusCode(200);
        as("limited", "limited-secret").queryParam("zaaktype", ZT2).queryParam("niveau", "openbaar")
                .get("/test/api/v1/things/check").then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void vertrouwelijkheidAboveMaxIs403OnDetailAndMaxItselfIsAllowed() {
        grant(zrc(ZT1, Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK, "zaken.lezen"));
        as("limited", "limited-secret").queryParam("zaaktype", ZT1).queryParam("niveau", "zaakvertrouwelijk")
                .get("/test/api/v1/things/check").then().statusCode(200);
        as("limited", "limited-secret").queryParam("zaaktype", ZT1).queryParam("niveau", "vertrouwelijk")
                .get("/test/api/v1/things/check").then().statusCode(403);
    }

    @Test
    void listPredicateHoldsOnlyGrantedTypesAndLevels() {
        grant(zrc(ZT1, Vertrouwelijkheidaanduiding.INTERN, "zaken.lezen"),
                zrc(ZT1, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.lezen"),
                zrc(ZT2, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.aanmaken"));
        as("limited", "limited-secret").get("/test/api/v1/things/filter").then().statusCode(200)
                .body("jpql", equalTo("((z.zaaktype = :authType0 and z.vertrouwelijkheidaanduiding in :authLevels0))"))
                .body("parameters.authType0", equalTo(ZT1))
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
        grant(zrc(ZT1, Vertrouwelijkheidaanduiding.GEHEIM, "zaken.lezen"));
        as("limited", "limited-secret").get("/test/api/v1/things").then().statusCode(200);
        MutableAutorisaties.remove("limited");
        as("limited", "limited-secret").get("/test/api/v1/things").then().statusCode(403);
    }
}
