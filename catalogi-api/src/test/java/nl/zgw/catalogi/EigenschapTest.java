package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /eigenschappen: CRUD, naam unique per zaaktype, statustype relation, ztc-015 date formats. */
@QuarkusTest
class EigenschapTest {

    private static Map<String, Object> body(String zaaktype, String naam, String formaat, String lengte,
                                            List<String> waarden) {
        return Map.of("zaaktype", zaaktype, "naam", naam, "definitie", "d",
                "specificatie", Map.of("formaat", formaat, "lengte", lengte, "kardinaliteit", "1",
                        "waardenverzameling", waarden));
    }

    @Test
    void crudWithStatustype() {
        String zaaktype = zaaktype(catalogus(), unique("EG"));
        String statustype = statustype(zaaktype, 1);
        Map<String, Object> b = new java.util.HashMap<>(body(zaaktype, "kenteken", "tekst", "6", List.of()));
        b.put("statustype", statustype);
        String eigenschap = admin(b).post(ROOT + "/eigenschappen").then().statusCode(201)
                .body("statustype", equalTo(statustype)).body("specificatie.formaat", equalTo("tekst"))
                .extract().path("url");
        as(admin()).get(path(statustype)).then().body("eigenschappen", contains(eigenschap));
        admin(body(zaaktype, "kenteken", "tekst", "6", List.of())).post(ROOT + "/eigenschappen").then()
                .statusCode(400).body("invalidParams.code", hasItem("unique"));
        as(admin()).get(ROOT + "/eigenschappen?status=concept&zaaktype=" + zaaktype).then().body("count", equalTo(1));
        admin(Map.of("definitie", "kenteken van het voertuig")).patch(path(eigenschap)).then().statusCode(200)
                .body("definitie", equalTo("kenteken van het voertuig")).body("naam", equalTo("kenteken"))
                .body("statustype", equalTo(statustype));
        as(admin()).delete(path(eigenschap)).then().statusCode(204);
    }

    @Test
    void ztc015DatumAndDatumTijd() {
        String zaaktype = zaaktype(catalogus(), unique("EGD"));
        admin(body(zaaktype, "datum", "datum", "8", List.of("20220728"))).post(ROOT + "/eigenschappen")
                .then().statusCode(201);
        admin(body(zaaktype, "tijdstip", "datum_tijd", "14", List.of("20220728134022"))).post(ROOT + "/eigenschappen")
                .then().statusCode(201);
        admin(body(zaaktype, "d2", "datum", "10", List.of())).post(ROOT + "/eigenschappen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "specificatie.lengte"), hasEntry("code", "invalid"))));
        admin(body(zaaktype, "d3", "datum", "8", List.of("2022-07-28"))).post(ROOT + "/eigenschappen").then()
                .statusCode(400).body("invalidParams.name", hasItem("specificatie.waardenverzameling.0"));
        admin(body(zaaktype, "d4", "datum_tijd", "14", List.of("2022-07-28T13:40:22"))).post(ROOT + "/eigenschappen")
                .then().statusCode(400).body("invalidParams.name", hasItem("specificatie.waardenverzameling.0"));
        admin(body(zaaktype, "d5", "maand", "8", List.of())).post(ROOT + "/eigenschappen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "specificatie.formaat"), hasEntry("code", "invalid_choice"))));
    }
}
