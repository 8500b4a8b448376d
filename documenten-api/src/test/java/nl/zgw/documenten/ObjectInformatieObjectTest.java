package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** drc-002/003/004 and drc-008 (through the BronRelaties seam, see RegisteredBronRelaties). */
@QuarkusTest
class ObjectInformatieObjectTest {

    static final String OIO = ROOT + "/objectinformatieobjecten";


    static String zaak() {
        return "http://zaken.example.com/zaken/api/v1/zaken/" + UUID.randomUUID();
    }

    @Test
    void drc004CreateNeedsTheRelationInTheSourceApi() {
        String doc = document(informatieobjecttype("openbaar"), null);
        String zaak = zaak();
        admin(Map.of("informatieobject", doc, "object", zaak, "objectType", "zaak")).post(OIO).then()
                .statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("inconsistent-relation"));
        RegisteredBronRelaties.relatie(zaak, doc);
        String url = admin(Map.of("informatieobject", doc, "object", zaak, "objectType", "zaak")).post(OIO).then()
                .statusCode(201).body("object", equalTo(zaak)).body("objectType", equalTo("zaak"))
                .extract().path("url");
        as(admin()).get(url).then().statusCode(200).body("informatieobject", equalTo(doc));
        as(admin()).queryParam("object", zaak).get(OIO).then().statusCode(200).body("url", contains(url));
        as(admin()).queryParam("informatieobject", doc).get(OIO).then().statusCode(200).body("url", contains(url));
        as(admin()).queryParam("objectinformatieobjecten__object", zaak).get(ROOT + "/enkelvoudiginformatieobjecten")
                .then().statusCode(200).body("results.url", contains(doc));
        as(admin()).queryParam("objectinformatieobjecten_object", zaak).get(ROOT + "/enkelvoudiginformatieobjecten")
                .then().statusCode(200).body("results.url", contains(doc));
    }

    @Test
    void drc003TheRelationIsUnique() {
        String doc = document(informatieobjecttype("openbaar"), null);
        String zaak = zaak();
        RegisteredBronRelaties.relatie(zaak, doc);
        Map<String, String> body = Map.of("informatieobject", doc, "object", zaak, "objectType", "zaak");
        admin(body).post(OIO).then().statusCode(201);
        admin(body).post(OIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unique"));
    }

    @Test
    void drc002TheObjectMustResolve() {
        String doc = document(informatieobjecttype("openbaar"), null);
        String zaak = zaak();
        RegisteredBronRelaties.ONBEREIKBAAR.add(zaak);
        admin(Map.of("informatieobject", doc, "object", zaak, "objectType", "zaak")).post(OIO).then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'object' }.code", hasItem("bad-url"));
    }

    @Test
    void badInput() {
        admin(Map.of("informatieobject", "http://x.example.com/enkelvoudiginformatieobjecten/" + UUID.randomUUID(),
                "object", zaak(), "objectType", "taak")).post(OIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectType' }.code", hasItem("invalid_choice"));
    }

    @Test
    void drc008ADocumentWithRelationsCannotBeDeletedUntilTheyAreGone() {
        String doc = document(informatieobjecttype("openbaar"), null);
        String zaak = zaak();
        RegisteredBronRelaties.relatie(zaak, doc);
        String oio = admin(Map.of("informatieobject", doc, "object", zaak, "objectType", "zaak")).post(OIO).then()
                .statusCode(201).extract().path("url");
        as(admin()).delete(doc).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("pending-relations"));
        as(admin()).delete(oio).then().statusCode(204);
        as(admin()).get(doc + "/audittrail").then().statusCode(200)
                .body("resource", contains("enkelvoudiginformatieobject", "objectinformatieobject",
                        "objectinformatieobject"));
        as(admin()).delete(doc).then().statusCode(204);
    }
}
