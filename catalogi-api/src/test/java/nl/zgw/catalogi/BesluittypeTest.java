package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /besluittypen: CRUD, publish (with its IOTs published), filters, relations by omschrijving. */
@QuarkusTest
class BesluittypeTest {

    @Test
    void crudPublishAndFilters() {
        String catalogus = catalogus();
        String naam = unique("BT");
        String url = besluittype(catalogus, naam);
        admin(Map.of("reactietermijn", "P6W")).patch(path(url)).then().statusCode(200)
                .body("reactietermijn", equalTo("P6W"));
        String q = ROOT + "/besluittypen?catalogus=" + catalogus;
        as(admin()).get(q + "&status=concept&omschrijving=" + naam).then().body("count", equalTo(1))
                .body("results[0].vastgelegdIn", empty()).body("results[0].zaaktypen", empty());
        publish(url).then().statusCode(200);
        as(admin()).get(q + "&omschrijving=" + naam).then().body("count", equalTo(1));
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZB"));
        body.put("besluittypen", List.of(naam));
        String zaaktype = zaaktype(body);
        // a concept zaaktype is not listed on the besluittype
        as(admin()).get(path(url)).then().body("zaaktypen", empty());
        as(admin()).get(ROOT + "/besluittypen?zaaktypen=" + zaaktype).then().body("count", equalTo(1));
        as(admin()).get(ROOT + "/besluittypen?zaaktypen=nope").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "zaaktypen"), hasEntry("code", "invalid"))));
        String schrijver = nl.zgw.common.testfixtures.TestAutorisaties.client("bt-schrijver")
                .scopes("ztc", "catalogi.lezen", "catalogi.schrijven").bearer();
        as(schrijver).delete(path(url)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
    }

    @Test
    void putHeadDefaultStatusDatumGeldigheidAndDeleteOfAConcept() {
        String catalogus = catalogus();
        String naam = unique("BT");
        String url = besluittype(catalogus, naam);
        String q = ROOT + "/besluittypen?catalogus=" + catalogus;
        as(admin()).get(q).then().statusCode(200).body("count", equalTo(0));
        as(admin()).get(q + "&status=concept").then().body("count", equalTo(1));
        Map<String, Object> body = besluittypeBody(catalogus, naam);
        body.put("toelichting", "vervangen");
        body.put("eindeGeldigheid", "2024-12-31");
        admin(body).put(path(url)).then().statusCode(200).body("toelichting", equalTo("vervangen"))
                .body("eindeGeldigheid", equalTo("2024-12-31"));
        String etag = as(admin()).get(path(url)).then().extract().header("ETag");
        as(admin()).head(path(url)).then().statusCode(200).header("ETag", equalTo(etag)).body(emptyString());
        as(admin()).header("If-None-Match", etag).head(path(url)).then().statusCode(304);
        as(admin()).get(q + "&status=alles&datumGeldigheid=2024-12-31").then().body("count", equalTo(1));
        as(admin()).get(q + "&status=alles&datumGeldigheid=2025-01-01").then().body("count", equalTo(0));
        as(admin()).get(q + "&datumGeldigheid=morgen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "datumGeldigheid"), hasEntry("code", "invalid"))));
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
    }

    @Test
    void aBesluittypeIsPublishedBeforeItsInformatieobjecttypenAndRefusesUnknownNames() {
        String catalogus = catalogus();
        String iotNaam = unique("IOT");
        iot(catalogus, iotNaam);
        Map<String, Object> body = besluittypeBody(catalogus, unique("BT"));
        body.put("informatieobjecttypen", List.of(iotNaam));
        String bt = admin(body).post(ROOT + "/besluittypen").then().statusCode(201)
                .body("informatieobjecttypen", empty()).body("informatieobjecttypeOmschrijvingen", contains(iotNaam))
                .extract().path("url");
        // ztc-012 holds for zaaktypen only: Open Zaak and the VNG collection publish a besluittype first
        publish(bt).then().statusCode(200).body("concept", equalTo(false));
        body.put("informatieobjecttypen", List.of("onbekend"));
        body.put("omschrijving", unique("BT"));
        admin(body).post(ROOT + "/besluittypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "informatieobjecttypen.0"), hasEntry("code", "does_not_exist"))));
        body.remove("publicatieIndicatie");
        admin(body).post(ROOT + "/besluittypen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'publicatieIndicatie' }.code", equalTo("required"));
    }
}
