package nl.zgw.catalogi;

import static org.hamcrest.Matchers.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * Once every field is valid, every object-level rule that fails is reported in one 400, each under the name the
 * reference uses: rules over several fields or objects under {@code nonFieldErrors}.
 */
@QuarkusTest
class ObjectRulesTogetherTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void zaaktypeVerlengingMismatchAndDateMismatchTogether() {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("ZT"));
        body.put("verlengingMogelijk", true);
        body.put("eindeGeldigheid", "2023-01-01");
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.code", containsInAnyOrder("verlenging-mismatch", "date-mismatch"))
                .body("invalidParams.name", containsInAnyOrder("nonFieldErrors", "nonFieldErrors"));
    }

    @Test
    void besluittypeDateMismatchAndOneConceptPerOmschrijvingTogether() {
        String catalogus = catalogus();
        String omschrijving = unique("BT");
        besluittype(catalogus, omschrijving);
        Map<String, Object> body = besluittypeBody(catalogus, omschrijving);
        body.put("eindeGeldigheid", "2023-01-01");
        admin(body).post(ROOT + "/besluittypen").then().statusCode(400)
                .body("invalidParams.find { it.code == 'date-mismatch' }.name", equalTo("nonFieldErrors"))
                .body("invalidParams.find { it.code == 'unique' }.name", equalTo("omschrijving"))
                .body("invalidParams.size()", equalTo(2));
    }

    @Test
    void ztc002ProcestypeMismatchAndZtc003AfleidingswijzeTogether() {
        var s = selectielijst(wm, "nihil");
        var other = selectielijst(wm, "nihil");
        Map<String, Object> zaaktype = zaaktypeBody(catalogus(), unique("RT"));
        zaaktype.put("selectielijstProcestype", s.procestype());
        Map<String, Object> body = resultaattypeBody(zaaktype(zaaktype), other);
        body.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "termijn", "procestermijn", "P5Y"));
        admin(body).post(ROOT + "/resultaattypen").then().statusCode(400)
                .body("invalidParams.code", containsInAnyOrder("procestype-mismatch",
                        "invalid-afleidingswijze-for-procestermijn"))
                .body("invalidParams.name", containsInAnyOrder("nonFieldErrors", "nonFieldErrors"));
    }

    @Test
    void eigenschapUniqueNaamAndRelationsIncorrectZaaktypeTogether() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("EG"));
        String statustypeElders = statustype(zaaktype(catalogus, unique("EG")), 1);
        admin(eigenschap(zaaktype, null)).post(ROOT + "/eigenschappen").then().statusCode(201);
        admin(eigenschap(zaaktype, statustypeElders)).post(ROOT + "/eigenschappen").then().statusCode(400)
                .body("invalidParams.code", containsInAnyOrder("unique", "relations-incorrect-zaaktype"))
                .body("invalidParams.name", containsInAnyOrder("nonFieldErrors", "nonFieldErrors"));
    }

    @Test
    void statustypeUniqueVolgnummerAndRelationsIncorrectZaaktypeTogether() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ST"));
        statustype(zaaktype, 1);
        String eigenschapElders = admin(eigenschap(zaaktype(catalogus, unique("ST")), null))
                .post(ROOT + "/eigenschappen").then().statusCode(201).extract().path("url");
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "Dubbel", "volgnummer", 1,
                "eigenschappen", List.of(eigenschapElders))).post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams.code", containsInAnyOrder("unique", "relations-incorrect-zaaktype"))
                .body("invalidParams.name", containsInAnyOrder("nonFieldErrors", "nonFieldErrors"));
    }

    @Test
    void ziotRelationsIncorrectZaaktypeUnderNonFieldErrors() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZI"));
        String iot = unique("IOT");
        iot(catalogus, iot);
        String statustypeElders = statustype(zaaktype(catalogus, unique("ZI")), 1);
        admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", iot, "volgnummer", 1, "richting", "inkomend",
                "statustype", statustypeElders)).post(ROOT + "/zaaktype-informatieobjecttypen").then()
                .statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "relations-incorrect-zaaktype"))));
    }

    private static Map<String, Object> eigenschap(String zaaktype, String statustype) {
        Map<String, Object> m = new HashMap<>(Map.of("zaaktype", zaaktype, "naam", "kenteken", "definitie", "d",
                "specificatie", Map.of("formaat", "tekst", "lengte", "6", "kardinaliteit", "1",
                        "waardenverzameling", List.of())));
        if (statustype != null) {
            m.put("statustype", statustype);
        }
        return m;
    }
}
