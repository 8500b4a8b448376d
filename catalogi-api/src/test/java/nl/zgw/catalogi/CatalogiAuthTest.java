package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.contract.AuthContract;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * Scopes of the Catalogi API, including ztc-014 (zaken.lezen / documenten.lezen read as catalogi.lezen). Every
 * operation without a token or without a scope of ztc answers 403 ({@link AuthContract}).
 */
@QuarkusTest
class CatalogiAuthTest extends AuthContract {

    CatalogiAuthTest() {
        super(ROOT);
    }

    @Override
    protected RequestSpecification withoutScopes() {
        return as(TestAutorisaties.client("ztc-zonder-scopes").scopes("ztc").bearer());
    }

    @Test
    void lezenReadsButDoesNotWrite() {
        String lezer = TestAutorisaties.client("lezer").scopes("ztc", "catalogi.lezen").bearer();
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("A"));
        as(lezer).get(path(zaaktype)).then().statusCode(200);
        as(lezer).get(ROOT + "/statustypen").then().statusCode(200);
        as(lezer).body(catalogusBody()).post(ROOT + "/catalogussen").then().statusCode(403)
                .body("code", equalTo("permission_denied"));
        as(lezer).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(403);
        as(lezer).delete(path(zaaktype)).then().statusCode(403);
        as(lezer).post(path(zaaktype) + "/publish").then().statusCode(403);
    }

    @Test
    void schrijvenWritesButDoesNotPublishWithoutIt() {
        String geforceerd = TestAutorisaties.client("alleen-geforceerd").scopes("ztc",
                "catalogi.geforceerd-schrijven").bearer();
        String zaaktype = zaaktype(catalogus(), unique("G"));
        as(geforceerd).post(path(zaaktype) + "/publish").then().statusCode(403);
        as(geforceerd).body(catalogusBody()).post(ROOT + "/catalogussen").then().statusCode(403);
        as(geforceerd).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(200);
    }

    @Test
    void ztc014ZakenLezenAndDocumentenLezenReadTheCatalogue() {
        String zaaktype = zaaktype(catalogus(), unique("Z14"));
        String zrc = TestAutorisaties.client("zrc-lezer")
                .zaaktype(zaaktype, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.lezen").bearer();
        String drc = TestAutorisaties.client("drc-lezer")
                .informatieobjecttype("https://x/iot/1", Vertrouwelijkheidaanduiding.OPENBAAR, "documenten.lezen")
                .bearer();
        as(zrc).get(path(zaaktype)).then().statusCode(200);
        as(zrc).get(ROOT + "/zaaktypen").then().statusCode(200);
        as(zrc).get(ROOT + "/informatieobjecttypen").then().statusCode(200);
        as(drc).get(ROOT + "/informatieobjecttypen").then().statusCode(200);
        as(drc).get(path(zaaktype)).then().statusCode(200);
        as(zrc).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(403);
        String zakenBijwerken = TestAutorisaties.client("zrc-schrijver")
                .zaaktype(zaaktype, Vertrouwelijkheidaanduiding.OPENBAAR, "zaken.bijwerken").bearer();
        as(zakenBijwerken).get(ROOT + "/zaaktypen").then().statusCode(403);
    }
}
