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

    @Test
    void theRetrieveEndpointGivesOneRecordAndA404ForAnother() {
        String auth = TestAutorisaties.client("auditor-3").zaaktype("http://zt", null,
                "zaken.aanmaken", "audittrails.lezen").bearer();
        UUID uuid = UUID.randomUUID();
        given().header("Authorization", auth).post("/test/api/v1/audited/" + uuid).then().statusCode(200);
        String base = "/test/api/v1/audited/" + uuid + "/audittrail";
        String first = given().header("Authorization", auth).get(base).then().statusCode(200).extract().path("[0].uuid");
        given().header("Authorization", auth).get(base + "/" + first).then().statusCode(200)
                .body("uuid", equalTo(first))
                .body("actie", equalTo("create"))
                .body("wijzigingen.nieuw.naam", equalTo("een"));
        given().header("Authorization", auth).get(base + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("not_found"));
        // the record of another main object is not found under this one
        given().header("Authorization", auth).get("/test/api/v1/audited/" + UUID.randomUUID() + "/audittrail/" + first)
                .then().statusCode(404);
    }

    @Test
    void theEndpointsNeedScopeAudittrailsLezenAndTheMainObjectsAutorisatie() {
        String zonder = TestAutorisaties.client("auditor-4").zaaktype("http://zt", null, "zaken.aanmaken").bearer();
        String met = TestAutorisaties.client("auditor-5").zaaktype("http://zt", null, "audittrails.lezen").bearer();
        UUID uuid = UUID.randomUUID();
        given().header("Authorization", zonder).get("/test/api/v1/audited/" + uuid + "/audittrail").then()
                .statusCode(403).body("code", equalTo("permission_denied"));
        given().header("Authorization", zonder).get("/test/api/v1/audited/" + uuid + "/audittrail/" + uuid).then()
                .statusCode(403).body("code", equalTo("permission_denied"));
        given().get("/test/api/v1/audited/" + uuid + "/audittrail").then().statusCode(403)
                .body("code", equalTo("not_authenticated"));
        given().header("Authorization", met).get("/test/api/v1/audited/" + uuid + "/audittrail").then()
                .statusCode(200).body("", empty());
        given().header("Authorization", met)
                .get("/test/api/v1/audited/" + nl.zgw.common.support.AuditedThingsAuditTrail.VERBODEN + "/audittrail")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void aRecordHasTheFieldsOfTheAuditTrailSchemaInItsOrder() {
        String auth = TestAutorisaties.client("auditor-6").zaaktype("http://zt", null,
                "zaken.aanmaken", "audittrails.lezen").bearer();
        UUID uuid = UUID.randomUUID();
        given().header("Authorization", auth).post("/test/api/v1/audited/" + uuid).then().statusCode(200);
        String json = given().header("Authorization", auth).get("/test/api/v1/audited/" + uuid + "/audittrail")
                .then().statusCode(200).extract().asString();
        java.util.List<String> names = new java.util.ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(0).fieldNames()
                    .forEachRemaining(names::add);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("uuid", "bron", "applicatieId",
                "applicatieWeergave", "gebruikersId", "gebruikersWeergave", "actie", "actieWeergave", "resultaat",
                "hoofdObject", "resource", "resourceUrl", "toelichting", "resourceWeergave", "aanmaakdatum",
                "wijzigingen"), names);
    }
}
