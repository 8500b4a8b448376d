package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** {@code expand} on details and lists, nested with dot notation, invalid fields refused. */
@QuarkusTest
class ExpandTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void zaaktypeExpandsItsTypes() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("EX"));
        as(admin()).get(path(zaaktype) + "?expand=statustypen,catalogus,roltypen,besluittypen").then().statusCode(200)
                .body("_expand.statustypen", hasSize(2))
                .body("_expand.statustypen[0].volgnummer", equalTo(1))
                .body("_expand.catalogus.url", equalTo(catalogus))
                .body("_expand.roltypen[0].omschrijvingGeneriek", equalTo("initiator"))
                .body("_expand.besluittypen", empty());
        as(admin()).get(path(zaaktype) + "?expand=statustypen.zaaktype.catalogus").then().statusCode(200)
                .body("_expand.statustypen[0]._expand.zaaktype.url", equalTo(zaaktype))
                .body("_expand.statustypen[0]._expand.zaaktype._expand.catalogus.url", equalTo(catalogus));
        as(admin()).get(ROOT + "/statustypen?status=alles&zaaktype=" + zaaktype + "&expand=zaaktype").then()
                .statusCode(200).body("results[0]._expand.zaaktype.url", equalTo(zaaktype))
                .body("results[1]._expand.zaaktype.url", equalTo(zaaktype));
        String statustype = as(admin()).get(path(zaaktype)).path("statustypen[0]");
        admin(java.util.Map.of("zaaktype", zaaktype, "naam", "kenmerk", "definitie", "d", "statustype", statustype,
                "specificatie", java.util.Map.of("formaat", "tekst", "lengte", "5", "kardinaliteit", "1")))
                .post(ROOT + "/eigenschappen").then().statusCode(201);
        as(admin()).get(ROOT + "/eigenschappen?status=alles&zaaktype=" + zaaktype + "&expand=statustype").then()
                .statusCode(200).body("count", equalTo(1))
                .body("results[0]._expand.statustype.url", equalTo(statustype))
                .body("results[0]._expand.statustype.volgnummer", equalTo(1))
                .body("results[0]._expand.statustype.zaaktype", equalTo(zaaktype));
        as(admin()).get(path(zaaktype) + "?expand=statustypen.nope").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("expand"))
                .body("invalidParams[0].code", equalTo("invalid-expand-field"));
    }

    @Test
    void emptyToOneIsAnEmptyObject() {
        String zaaktype = zaaktype(catalogus(), unique("EXE"));
        String eigenschap = admin(java.util.Map.of("zaaktype", zaaktype, "naam", "x", "definitie", "d",
                "specificatie", java.util.Map.of("formaat", "tekst", "lengte", "5", "kardinaliteit", "1")))
                .post(ROOT + "/eigenschappen").then().statusCode(201).extract().path("url");
        as(admin()).get(path(eigenschap) + "?expand=statustype,catalogus").then().statusCode(200)
                .body("_expand.statustype", anEmptyMap()).body("_expand.catalogus.url", notNullValue());
    }
}
