package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * /besluitinformatieobjecten: what can be checked without a Documenten API (not on main yet): the besluit reference,
 * brc-003's refusal of a document that does not resolve, 404s, filters, no update.
 */
@QuarkusTest
class BesluitInformatieObjectTest {

    @Test
    void anUnknownBesluitIsDoesNotExist() {
        admin(Map.of("besluit", "http://localhost/besluiten/api/v1/besluiten/" + UUID.randomUUID(),
                "informatieobject", "https://elders.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/"
                        + UUID.randomUUID()))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluit' }.code", hasItem("does_not_exist"))
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void brc003AnInformatieobjectOutsideTheAllowedApiRootsIsBadUrl() {
        String besluit = besluit(besluittype());
        admin(Map.of("besluit", besluit, "informatieobject",
                "https://elders.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID()))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void brc003AnInformatieobjectThatDoesNotAnswer200IsBadUrl() {
        String besluit = besluit(besluittype());
        // under an allow-listed root (the Catalogi API's), where no such resource exists: HTTP 404
        String missing = ZgwServices.url("catalogi") + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        admin(Map.of("besluit", besluit, "informatieobject", missing))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void readAndDeleteOfAnUnknownOneAre404() {
        as(admin()).get(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then().statusCode(404);
        as(admin()).delete(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersOnBesluitAndInformatieobject() {
        String besluit = besluit(besluittype());
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("size()", equalTo(0));
        as(admin()).queryParam("informatieobject", "https://example.nl/documenten/api/v1/"
                        + "enkelvoudiginformatieobjecten/" + UUID.randomUUID())
                .get(ROOT + "/besluitinformatieobjecten").then().statusCode(200).body("size()", equalTo(0));
        as(admin()).queryParam("besluit", "geen-url").get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'besluit' }.code", hasItem("invalid"));
    }

    @Test
    void thereIsNoUpdate() {
        as(admin()).body(Map.of()).put(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then()
                .statusCode(405);
        as(admin()).body(Map.of()).patch(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then()
                .statusCode(405);
    }
}
