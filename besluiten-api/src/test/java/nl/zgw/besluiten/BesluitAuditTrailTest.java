package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** /besluiten/{uuid}/audittrail: every write on the besluit, oldest first; read one; the besluit's autorisatie. */
@QuarkusTest
class BesluitAuditTrailTest {

    @Test
    void everyWriteIsInTheAuditTrail() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        String url = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        admin(body).header("X-Audit-Toelichting", "correctie").put(path(url)).then().statusCode(200);
        admin(Map.of("toelichting", "x")).patch(path(url)).then().statusCode(200);
        var trail = as(admin()).get(path(url) + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "update", "partial_update"))
                .body("bron", contains("brc", "brc", "brc"))
                .body("resource", contains("besluit", "besluit", "besluit"))
                .body("hoofdObject", contains(url, url, url))
                .body("resultaat", contains(201, 200, 200))
                .body("[1].toelichting", equalTo("correctie"))
                .body("[2].wijzigingen.oud.toelichting", equalTo(""))
                .body("[2].wijzigingen.nieuw.toelichting", equalTo("x"))
                .extract();
        String uuid = trail.path("[0].uuid");
        as(admin()).get(path(url) + "/audittrail/" + uuid).then().statusCode(200)
                .body("actie", equalTo("create")).body("wijzigingen.nieuw.url", equalTo(url));
        as(admin()).get(path(url) + "/audittrail/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theWritesOfItsBesluitinformatieobjectenAreInTheBesluitsAuditTrail() {
        Typen t = typen();
        String url = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String bio = admin(Map.of("besluit", url, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        as(admin()).header("X-Audit-Toelichting", "verkeerd document").delete(path(bio)).then().statusCode(204);
        as(admin()).get(path(url) + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "create", "destroy"))
                .body("resource", contains("besluit", "besluitinformatieobject", "besluitinformatieobject"))
                .body("resourceUrl", contains(url, bio, bio))
                .body("hoofdObject", contains(url, url, url))
                .body("resultaat", contains(201, 201, 204))
                .body("[1].wijzigingen.nieuw.informatieobject", equalTo(document))
                .body("[2].wijzigingen.oud.url", equalTo(bio))
                .body("[2].toelichting", equalTo("verkeerd document"));
    }

    @Test
    void theAuditTrailOfAnUnknownBesluitIs404() {
        as(admin()).get(ROOT + "/besluiten/" + UUID.randomUUID() + "/audittrail").then().statusCode(404);
    }

    @Test
    void theAuditTrailAsksTheBesluittypeOfTheBesluit() {
        String besluittype = besluittype();
        String url = besluit(besluittype);
        String ander = TestAutorisaties.client("audit-ander-type")
                .besluittype(besluittype(), Scopes.AUDITTRAILS_LEZEN).bearer();
        as(ander).get(path(url) + "/audittrail").then().statusCode(403);
        String eigen = TestAutorisaties.client("audit-eigen-type")
                .besluittype(besluittype, Scopes.AUDITTRAILS_LEZEN).bearer();
        as(eigen).get(path(url) + "/audittrail").then().statusCode(200).body("size()", equalTo(1));
    }
}
