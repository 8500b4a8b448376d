package nl.zgw.common.audit;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Audit trail (standard §1.7): who, what, before/after, toelichting; written with the change or not at all. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void recordsWhoDidWhatWithBeforeAndAfter() {
        String auth = TestAutorisaties.client("auditor").zaaktype("http://zt", null,
                "zaken.aanmaken", "audittrails.lezen").bearer();
        UUID uuid = UUID.randomUUID();
        given().header("Authorization", auth).header("X-Audit-Toelichting", "Correctie na bezwaar")
                .post("/test/api/v1/audited/" + uuid).then().statusCode(200);

        given().header("Authorization", auth).get("/test/api/v1/audited/" + uuid + "/audittrail")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].bron", equalTo("ZRC"))
                .body("[0].applicatieId", equalTo("auditor"))
                .body("[0].applicatieWeergave", equalTo("auditor"))
                .body("[0].gebruikersId", equalTo("test-user"))
                .body("[0].gebruikersWeergave", equalTo("Test User"))
                .body("[0].actie", equalTo("create"))
                .body("[0].actieWeergave", equalTo("Object aangemaakt"))
                .body("[0].resultaat", equalTo(201))
                .body("[0].hoofdObject", endsWith("/test/api/v1/audited/" + uuid))
                .body("[0].toelichting", equalTo("Correctie na bezwaar"))
                .body("[0].wijzigingen.oud", nullValue())
                .body("[0].wijzigingen.nieuw.naam", equalTo("een"))
                .body("[1].actie", equalTo("partial_update"))
                .body("[1].wijzigingen.oud.naam", equalTo("een"))
                .body("[1].wijzigingen.nieuw.naam", equalTo("twee"));
    }

    @Test
    void aFailedChangeLeavesNoAuditRecord() {
        String auth = TestAutorisaties.client("auditor-2").zaaktype("http://zt", null,
                "zaken.aanmaken", "audittrails.lezen").bearer();
        UUID uuid = UUID.randomUUID();
        given().header("Authorization", auth).post("/test/api/v1/audited/" + uuid + "?fail=true")
                .then().statusCode(400);
        given().header("Authorization", auth).get("/test/api/v1/audited/" + uuid + "/audittrail")
                .then().statusCode(200).body("", empty());
    }
}
