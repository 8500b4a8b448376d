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
        String besluittypeNaam = unique("EXB");
        String besluittype = besluittype(catalogus, besluittypeNaam);
        publish(besluittype).then().statusCode(200);
        java.util.Map<String, Object> body = zaaktypeBody(catalogus, unique("EX"));
        body.put("besluittypen", java.util.List.of(besluittypeNaam));
        String zaaktype = completeZaaktype(body, selectielijst(wm, "nihil"));
        as(admin()).get(path(zaaktype) + "?expand=statustypen,catalogus,roltypen,besluittypen").then().statusCode(200)
                .body("_expand.statustypen", hasSize(2))
                .body("_expand.statustypen[0].volgnummer", equalTo(1))
                .body("_expand.statustypen[1].volgnummer", equalTo(2))
                .body("_expand.catalogus.url", equalTo(catalogus))
                .body("_expand.roltypen[0].omschrijvingGeneriek", equalTo("initiator"))
                .body("_expand.besluittypen", hasSize(1))
                .body("_expand.besluittypen[0].url", equalTo(besluittype))
                .body("_expand.besluittypen[0].omschrijving", equalTo(besluittypeNaam))
                .body("_expand.besluittypen[0].catalogus", equalTo(catalogus));
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
                .body("code", equalTo("invalid"))
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }

    @Test
    void aMalformedExpandIsAFormatError() {
        String zaaktype = zaaktype(catalogus(), unique("EXF"));
        as(admin()).get(path(zaaktype) + "?expand=statustypen,,catalogus").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("expand-format-error"));
        as(admin()).get(path(zaaktype) + "?expand=statustypen.").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("expand-format-error"));
    }

    @Test
    void emptyToOneIsAnEmptyObject() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("EXE"));
        String eigenschap = admin(java.util.Map.of("zaaktype", zaaktype, "naam", "x", "definitie", "d",
                "specificatie", java.util.Map.of("formaat", "tekst", "lengte", "5", "kardinaliteit", "1")))
                .post(ROOT + "/eigenschappen").then().statusCode(201).extract().path("url");
        as(admin()).get(path(eigenschap) + "?expand=statustype,catalogus").then().statusCode(200)
                .body("_expand.statustype", anEmptyMap()).body("_expand.catalogus.url", equalTo(catalogus));
    }
}
