package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static nl.zgw.notificaties.support.Nrc.uniqueNaam;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Kanaal: GET list (filter naam), POST, GET one; the producer's idempotent registration. */
@QuarkusTest
class KanaalTest {

    @Test
    void createReturns201WithLocationAndTheKanaal() {
        String naam = uniqueNaam();
        var r = as(publisher()).body(Map.of("naam", naam, "documentatieLink", "https://example.nl/kanalen/zaken",
                        "filters", List.of("bronorganisatie", "zaaktype")))
                .post(ROOT + "/kanaal").then().statusCode(201)
                .body("naam", equalTo(naam))
                .body("documentatieLink", equalTo("https://example.nl/kanalen/zaken"))
                .body("filters", equalTo(List.of("bronorganisatie", "zaaktype")))
                .body("url", startsWith("http://localhost:"))
                .extract();
        String url = r.path("url");
        org.junit.jupiter.api.Assertions.assertEquals(url, r.header("Location"));

        as(consumer()).get(url).then().statusCode(200).body("naam", equalTo(naam)).body("url", equalTo(url));
    }

    @Test
    void listFiltersOnNaam() {
        String a = nl.zgw.notificaties.support.Nrc.kanaal();
        nl.zgw.notificaties.support.Nrc.kanaal();
        as(consumer()).queryParam("naam", a).get(ROOT + "/kanaal").then().statusCode(200)
                .body("", hasSize(1)).body("[0].naam", equalTo(a));
        as(publisher()).get(ROOT + "/kanaal").then().statusCode(200).body("naam", hasItem(a));
        as(publisher()).queryParam("naam", "bestaat-niet-" + UUID.randomUUID()).get(ROOT + "/kanaal").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void unknownQueryParameterIsRefused() {
        as(publisher()).queryParam("foo", "x").get(ROOT + "/kanaal").then().statusCode(400)
                .body("code", equalTo("invalid")).body("invalidParams[0].code", equalTo("unknown-parameters"));
    }

    @Test
    void readUnknownKanaalIs404() {
        as(publisher()).get(ROOT + "/kanaal/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("not_found"));
        as(publisher()).get(ROOT + "/kanaal/geen-uuid").then().statusCode(404);
    }

    @Test
    void naamIsUnique() {
        String naam = nl.zgw.notificaties.support.Nrc.kanaal();
        as(publisher()).body(Map.of("naam", naam)).post(ROOT + "/kanaal").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("naam"))
                .body("invalidParams[0].code", equalTo("unique"));
    }

    @Test
    void naamIsRequiredAndAtMost50() {
        as(publisher()).body(Map.of("filters", List.of())).post(ROOT + "/kanaal").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("naam"));
        as(publisher()).body(Map.of("naam", "x".repeat(51))).post(ROOT + "/kanaal").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("naam"))
                .body("invalidParams[0].code", equalTo("max_length"));
    }

    @Test
    void documentatieLinkMustBeAUrlButMayBeEmpty() {
        as(publisher()).body(Map.of("naam", uniqueNaam(), "documentatieLink", "geen url")).post(ROOT + "/kanaal")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("documentatieLink"))
                .body("invalidParams[0].code", equalTo("invalid"));
        // the outbox of libs/zgw-common sends "" when a kanaal has no documentation link
        as(publisher()).body(Map.of("naam", uniqueNaam(), "documentatieLink", "", "filters", List.of()))
                .post(ROOT + "/kanaal").then().statusCode(201).body("documentatieLink", equalTo(""));
    }

    /** What NotificatiesClient.ensureKanaal does at every producer start: GET ?naam=, POST only when absent. */
    @Test
    void producerRegistrationIsIdempotent() {
        String naam = uniqueNaam();
        for (int i = 0; i < 2; i++) {
            List<?> found = as(publisher()).queryParam("naam", naam).get(ROOT + "/kanaal").then().statusCode(200)
                    .extract().jsonPath().getList("");
            if (found.isEmpty()) {
                as(publisher()).body(Map.of("naam", naam, "documentatieLink", "", "filters", List.of("catalogus")))
                        .post(ROOT + "/kanaal").then().statusCode(201);
            }
        }
        as(publisher()).queryParam("naam", naam).get(ROOT + "/kanaal").then().body("", hasSize(1));
    }
}
