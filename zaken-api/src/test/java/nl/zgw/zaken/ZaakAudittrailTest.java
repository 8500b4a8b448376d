package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /zaken/{zaak_uuid}/audittrail and /{uuid} (standard §1.7): every write on the zaak and on its relations is in the
 * zaak's audit trail, oldest first, with the full before and after; scope audittrails.lezen on the zaak's zaaktype.
 */
@QuarkusTest
class ZaakAudittrailTest {

    @Inject
    NepDocumenten documenten;

    @Test
    void theWritesOfARelationAreInTheZaaksAuditTrailWithOudAndNieuw() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String zio = ZaakInformatieObjectTest.zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        as(admin()).header("X-Audit-Toelichting", "titel verbeterd").body(Map.of("titel", "Nieuw")).patch(path(zio))
                .then().statusCode(200);
        as(admin()).delete(path(zio)).then().statusCode(204);

        Response trail = as(admin()).get(path(zaak.url()) + "/audittrail");
        trail.then().statusCode(200);
        List<Map<String, Object>> records = trail.jsonPath().getList("findAll { it.resource == 'zaakinformatieobject' }");
        assertEquals(List.of("create", "partial_update", "destroy"), records.stream().map(r -> r.get("actie")).toList());
        assertEquals(List.of(201, 200, 204), records.stream().map(r -> r.get("resultaat")).toList());
        for (Map<String, Object> r : records) {
            assertEquals("zrc", r.get("bron"));
            assertEquals(zaak.url(), r.get("hoofdObject"));
            assertEquals(zio, r.get("resourceUrl"));
        }
        String eerste = (String) records.get(0).get("uuid");
        as(admin()).get(path(zaak.url()) + "/audittrail/" + eerste).then().statusCode(200)
                .body("actie", equalTo("create")).body("wijzigingen.oud", nullValue())
                .body("wijzigingen.nieuw.url", equalTo(zio)).body("wijzigingen.nieuw.titel", equalTo(""));
        String tweede = (String) records.get(1).get("uuid");
        as(admin()).get(path(zaak.url()) + "/audittrail/" + tweede).then().statusCode(200)
                .body("toelichting", equalTo("titel verbeterd"))
                .body("wijzigingen.oud.titel", equalTo("")).body("wijzigingen.nieuw.titel", equalTo("Nieuw"));
        String derde = (String) records.get(2).get("uuid");
        as(admin()).get(path(zaak.url()) + "/audittrail/" + derde).then().statusCode(200)
                .body("wijzigingen.oud.titel", equalTo("Nieuw")).body("wijzigingen.nieuw", nullValue());
    }

    @Test
    void theTrailOfAZaakHoldsNothingOfAnother() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        ZaakInformatieObjectTest.Zaak ander = ZaakInformatieObjectTest.zaak();
        String zio = ZaakInformatieObjectTest.zio(ander.url(), documenten.document(ander.zaaktype().informatieobjecttype()));
        List<String> urls = as(admin()).get(path(zaak.url()) + "/audittrail").then().statusCode(200)
                .extract().path("resourceUrl");
        assertTrue(!urls.contains(zio) && urls.stream().allMatch(u -> u.equals(zaak.url())), urls.toString());
        String record = as(admin()).get(path(ander.url()) + "/audittrail").then().statusCode(200)
                .extract().path("[0].uuid");
        as(admin()).get(path(zaak.url()) + "/audittrail/" + record).then().statusCode(404);
    }

    @Test
    void anUnknownZaakOrRecordIs404() {
        as(admin()).get(Fixtures.ROOT + "/zaken/" + UUID.randomUUID() + "/audittrail").then().statusCode(404);
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        as(admin()).get(path(zaak) + "/audittrail/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void readingNeedsAudittrailsLezenForTheZaaksZaaktype() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        String zonder = TestAutorisaties.client("audit-zonder").zaaktype(zt.url(), Vertrouwelijkheidaanduiding.ZEER_GEHEIM,
                Scopes.Zrc.LEZEN).bearer();
        as(zonder).get(path(zaak) + "/audittrail").then().statusCode(403);
        String anderType = TestAutorisaties.client("audit-ander-type").zaaktype(ZaakInformatieObjectTest.gedeeldZaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.AUDITTRAILS_LEZEN).bearer();
        as(anderType).get(path(zaak) + "/audittrail").then().statusCode(403);
        String met = TestAutorisaties.client("audit-met").zaaktype(zt.url(), Vertrouwelijkheidaanduiding.ZEER_GEHEIM,
                Scopes.AUDITTRAILS_LEZEN).bearer();
        as(met).get(path(zaak) + "/audittrail").then().statusCode(200).body("[0].actie", equalTo("create"))
                .body("[0].resource", equalTo("zaak"));
    }
}
