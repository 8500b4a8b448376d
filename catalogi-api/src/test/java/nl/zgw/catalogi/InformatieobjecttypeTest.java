package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /informatieobjecttypen: CRUD, publish, filters, reverse relations. */
@QuarkusTest
class InformatieobjecttypeTest {

    @Test
    void crudPublishAndFilters() {
        String catalogus = catalogus();
        String naam = unique("Brief");
        Map<String, Object> body = iotBody(catalogus, naam);
        body.put("trefwoord", List.of("post"));
        String url = admin(body).post(ROOT + "/informatieobjecttypen").then().statusCode(201)
                .body("concept", equalTo(true)).body("trefwoord", contains("post"))
                .body("zaaktypen", empty()).body("besluittypen", empty()).extract().path("url");
        String q = ROOT + "/informatieobjecttypen?catalogus=" + catalogus;
        as(admin()).get(q).then().body("count", equalTo(0));
        as(admin()).get(q + "&status=concept&omschrijving=" + naam).then().body("count", equalTo(1));
        admin(Map.of("vertrouwelijkheidaanduiding", "intern")).patch(path(url)).then().statusCode(200)
                .body("vertrouwelijkheidaanduiding", equalTo("intern"));
        body.put("informatieobjectcategorie", "formulier");
        admin(body).put(path(url)).then().statusCode(200).body("informatieobjectcategorie", equalTo("formulier"))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"));
        publish(url).then().statusCode(200).body("concept", equalTo(false));
        as(admin()).get(q + "&datumGeldigheid=2024-01-01").then().body("count", equalTo(1));
        as(admin()).get(q + "&datumGeldigheid=2023-12-31").then().body("count", equalTo(0));
        as(admin()).head(path(url)).then().statusCode(200).header("ETag", notNullValue());

        String bt = besluittype(catalogus, unique("BT"));
        String btNaam = as(admin()).get(path(bt)).path("omschrijving");
        admin(Map.of("informatieobjecttypen", List.of(naam))).patch(path(bt)).then().statusCode(200)
                .body("informatieobjecttypen", contains(url)).body("informatieobjecttypeOmschrijvingen", contains(naam));
        publish(bt).then().statusCode(200);
        as(admin()).get(path(url)).then().body("besluittypen", contains(bt)).body("besluittypeOmschrijving", contains(btNaam));
        as(admin()).get(ROOT + "/besluittypen?informatieobjecttypen=" + url).then().body("count", equalTo(1))
                .body("results[0].url", equalTo(bt));
    }

    @Test
    void validation() {
        String catalogus = catalogus();
        Map<String, Object> body = iotBody(catalogus, unique("X"));
        body.put("vertrouwelijkheidaanduiding", "publiek");
        body.put("beginGeldigheid", "morgen");
        admin(body).post(ROOT + "/informatieobjecttypen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'beginGeldigheid' }.code", equalTo("invalid"));
        body = iotBody(catalogus, unique("X"));
        body.put("vertrouwelijkheidaanduiding", "publiek");
        admin(body).post(ROOT + "/informatieobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "vertrouwelijkheidaanduiding"), hasEntry("code", "invalid_choice"))));
        String naam = unique("C");
        iot(catalogus, naam);
        admin(iotBody(catalogus, naam)).post(ROOT + "/informatieobjecttypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("unique"));
    }
}
