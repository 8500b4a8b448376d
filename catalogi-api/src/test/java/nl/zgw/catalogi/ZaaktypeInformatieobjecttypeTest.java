package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /zaaktype-informatieobjecttypen: relates a zaaktype version to an IOT by omschrijving; filters. */
@QuarkusTest
class ZaaktypeInformatieobjecttypeTest {

    @Test
    void crudAndFilters() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZIOT"));
        String naam = unique("Aanvraag");
        String iot = iot(catalogus, naam);
        publish(iot).then().statusCode(200);
        String ziot = admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", naam, "volgnummer", 1,
                "richting", "inkomend")).post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(201)
                .body("informatieobjecttype", equalTo(iot)).body("richting", equalTo("inkomend"))
                .body("statustype", nullValue()).extract().path("url");
        as(admin()).get(path(zaaktype)).then().body("informatieobjecttypen", contains(iot))
                .body("informatieobjecttypeOmschrijving", contains(naam));
        String q = ROOT + "/zaaktype-informatieobjecttypen?status=alles&zaaktype=" + zaaktype;
        as(admin()).get(q).then().body("count", equalTo(1));
        as(admin()).get(q + "&richting=uitgaand").then().body("count", equalTo(0));
        as(admin()).get(q + "&richting=inkomend&informatieobjecttype=" + iot).then().body("count", equalTo(1));
        as(admin()).get(q + "&richting=zijwaarts").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid_choice"));
        as(admin()).get(ROOT + "/zaaktype-informatieobjecttypen?zaaktype=" + zaaktype).then().body("count", equalTo(0));
        admin(Map.of("richting", "uitgaand")).patch(path(ziot)).then().statusCode(200)
                .body("richting", equalTo("uitgaand"));
        admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", "bestaat niet", "volgnummer", 2,
                "richting", "intern")).post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "informatieobjecttype"), hasEntry("code", "does_not_exist"))));
        as(admin()).get(path(iot)).then().body("zaaktypen", empty());
        as(admin()).delete(path(ziot)).then().statusCode(204);
    }
}
