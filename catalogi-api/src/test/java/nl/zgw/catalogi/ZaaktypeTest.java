package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /zaaktypen: CRUD of concepts, filters (status default definitief, datumGeldigheid, ...), validation codes. */
@QuarkusTest
class ZaaktypeTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void createReadAndPublish() {
        String catalogus = catalogus();
        String id = unique("ZT");
        String zaaktype = completeZaaktype(wm, catalogus, id);
        as(admin()).get(path(zaaktype)).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("url", equalTo(zaaktype))
                .body("identificatie", equalTo(id))
                .body("concept", equalTo(true))
                .body("catalogus", equalTo(catalogus))
                .body("statustypen", hasSize(2))
                .body("roltypen", hasSize(1))
                .body("resultaattypen", hasSize(1))
                .body("resultaattypeOmschrijving", contains("Afgewezen"))
                .body("toelichting", equalTo(""))
                .body("referentieproces.link", equalTo(""))
                .body("eindeGeldigheid", nullValue());
        publish(zaaktype).then().statusCode(200).body("concept", equalTo(false));
        as(admin()).get(ROOT + "/zaaktypen?identificatie=" + id).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(zaaktype));
    }

    @Test
    void listCarriesAnETagAndAnswers304OnIfNoneMatch() {
        String catalogus = catalogus();
        zaaktype(catalogus, unique("ET"));
        String q = ROOT + "/zaaktypen?status=alles&catalogus=" + catalogus;
        String etag = as(admin()).get(q).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        as(admin()).header("If-None-Match", etag).get(q).then().statusCode(304).body(emptyString());
        zaaktype(catalogus, unique("ET"));
        as(admin()).header("If-None-Match", etag).get(q).then().statusCode(200).body("count", equalTo(2))
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void statusFilterDefaultsToDefinitief() {
        String catalogus = catalogus();
        String concept = zaaktype(catalogus, unique("C"));
        String published = completeZaaktype(wm, catalogus, unique("P"));
        publish(published).then().statusCode(200);
        String q = ROOT + "/zaaktypen?catalogus=" + catalogus;
        as(admin()).get(q).then().statusCode(200).body("count", equalTo(1)).body("results[0].url", equalTo(published));
        as(admin()).get(q + "&status=definitief").then().body("count", equalTo(1));
        as(admin()).get(q + "&status=concept").then().body("count", equalTo(1))
                .body("results[0].url", equalTo(concept));
        as(admin()).get(q + "&status=alles").then().body("count", equalTo(2));
        as(admin()).get(q + "&status=wrong").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "status"), hasEntry("code", "invalid_choice"))));
    }

    @Test
    void filtersOnTrefwoordenAndDatumGeldigheid() {
        String catalogus = catalogus();
        Map<String, Object> body = zaaktypeBody(catalogus, unique("TW"));
        body.put("trefwoorden", List.of("bouw", "vergunning"));
        body.put("eindeGeldigheid", "2024-12-31");
        String zaaktype = zaaktype(body);
        String q = ROOT + "/zaaktypen?status=alles&catalogus=" + catalogus;
        as(admin()).get(q + "&trefwoorden=bouw").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].url", equalTo(zaaktype)).body("results[0].trefwoorden", contains("bouw", "vergunning"));
        as(admin()).get(q + "&trefwoorden=bouw,vergunning").then().body("count", equalTo(1));
        as(admin()).get(q + "&trefwoorden=bouw,sloop").then().body("count", equalTo(0));
        as(admin()).get(q + "&datumGeldigheid=2024-06-01").then().body("count", equalTo(1));
        as(admin()).get(q + "&datumGeldigheid=2025-01-01").then().body("count", equalTo(0));
        as(admin()).get(q + "&datumGeldigheid=2023-12-31").then().body("count", equalTo(0));
        as(admin()).get(q + "&datumGeldigheid=gisteren").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "datumGeldigheid"), hasEntry("code", "invalid"))));
        as(admin()).get(ROOT + "/zaaktypen?catalogus=geen-url").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid"));
    }

    @Test
    void conceptIsFreelyEditableAndDeletable() {
        String catalogus = catalogus();
        String id = unique("ED");
        String zaaktype = zaaktype(catalogus, id);
        Map<String, Object> body = zaaktypeBody(catalogus, id);
        body.put("omschrijving", "Nieuwe omschrijving");
        admin(body).put(path(zaaktype)).then().statusCode(200).body("omschrijving", equalTo("Nieuwe omschrijving"));
        admin(Map.of("doel", "ander doel")).patch(path(zaaktype)).then().statusCode(200)
                .body("doel", equalTo("ander doel")).body("omschrijving", equalTo("Nieuwe omschrijving"));
        as(admin()).delete(path(zaaktype)).then().statusCode(204);
        as(admin()).get(path(zaaktype)).then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void validationCodes() {
        String catalogus = catalogus();
        admin(Map.of("catalogus", catalogus)).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'identificatie' }.code", equalTo("required"))
                .body("invalidParams.find { it.name == 'doorlooptijd' }.code", equalTo("required"))
                .body("invalidParams.find { it.name == 'referentieproces' }.code", equalTo("required"));

        Map<String, Object> body = zaaktypeBody(catalogus, unique("V"));
        body.put("vertrouwelijkheidaanduiding", "supergeheim");
        body.put("doorlooptijd", "30 dagen");
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'vertrouwelijkheidaanduiding' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'doorlooptijd' }.code", equalTo("invalid"));

        body = zaaktypeBody(catalogus, unique("V"));
        body.put("verlengingMogelijk", true);
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "verlenging-mismatch"))));

        body = zaaktypeBody(catalogus, unique("V"));
        body.put("eindeGeldigheid", "2023-01-01");
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "date-mismatch"))));

        body = zaaktypeBody(catalogus, unique("V"));
        body.put("besluittypen", List.of("bestaat niet"));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "besluittypen.0"), hasEntry("code", "does_not_exist"))));

        body = zaaktypeBody("http://elders.nl/api/v1/catalogussen/1", unique("V"));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "catalogus"), hasEntry("code", "no_match"))));
        body = zaaktypeBody(catalogus.replaceAll("[0-9a-f-]{36}$", java.util.UUID.randomUUID().toString()),
                unique("V"));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("does_not_exist"));
    }

    @Test
    void deelzaaktypenAndGerelateerdeZaaktypenByIdentificatie() {
        String catalogus = catalogus();
        String deelId = unique("DEEL");
        String deel = completeZaaktype(wm, catalogus, deelId);
        publish(deel).then().statusCode(200);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("HOOFD"));
        body.put("deelzaaktypen", List.of(deelId));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", deelId, "aardRelatie", "vervolg",
                "toelichting", "daarna")));
        String hoofd = admin(body).post(ROOT + "/zaaktypen").then().statusCode(201)
                .body("deelzaaktypen", contains(deel))
                .body("deelzaaktypeIdentificaties", contains(deelId))
                .body("gerelateerdeZaaktypen[0].zaaktype", equalTo(deel))
                .body("gerelateerdeZaaktypen[0].zaaktypeIdentificatie", equalTo(deelId))
                .body("gerelateerdeZaaktypen[0].aardRelatie", equalTo("vervolg")).extract().path("url");
        as(admin()).get(path(hoofd) + "?expand=deelzaaktypen,gerelateerdeZaaktypen").then().statusCode(200)
                .body("_expand.deelzaaktypen[0].identificatie", equalTo(deelId))
                .body("_expand.gerelateerdeZaaktypen[0].url", equalTo(deel));
        body.put("deelzaaktypen", List.of("ONBEKEND"));
        body.put("identificatie", unique("HOOFD"));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "deelzaaktypen.0"), hasEntry("code", "does_not_exist"))));
    }

    @Test
    void oneConceptVersionPerIdentificatie() {
        String catalogus = catalogus();
        String id = unique("ONE");
        zaaktype(catalogus, id);
        admin(zaaktypeBody(catalogus, id)).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "identificatie"), hasEntry("code", "unique"))));
    }

    @Test
    void ztc001SelectielijstProcestypeMustBeAProcestype() {
        String catalogus = catalogus();
        var s = selectielijst(wm, "nihil");
        Map<String, Object> body = zaaktypeBody(catalogus, unique("Z1"));
        body.put("selectielijstProcestype", s.procestype());
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(201)
                .body("selectielijstProcestype", equalTo(s.procestype()));
        body = zaaktypeBody(catalogus, unique("Z1"));
        body.put("selectielijstProcestype", wm.baseUrl() + "/referentielijsten/api/v1/procestypen/"
                + java.util.UUID.randomUUID());
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "selectielijstProcestype"), hasEntry("code", "bad-url"))));
        body.put("selectielijstProcestype", s.resultaat());
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid-resource"));
        body.put("selectielijstProcestype", "https://evil.example.com/procestypen/1");
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("bad-url"));
    }

    @Test
    void ztc013RelationsStayWithinTheCatalogus() {
        String catalogus = catalogus();
        String elders = catalogus();
        String bt = unique("BT");
        besluittype(elders, bt);
        String deel = unique("DEEL");
        zaaktype(elders, deel);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("Z13"));
        body.put("besluittypen", List.of(bt));
        body.put("deelzaaktypen", List.of(deel));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("besluittypen.0", "deelzaaktypen.0"))
                .body("invalidParams.code", everyItem(equalTo("does_not_exist")));
        String zaaktype = zaaktype(catalogus, unique("Z13"));
        admin(Map.of("zaaktype", zaaktype, "catalogus", elders, "anderObjecttype", false,
                "objecttype", "https://objecttypen.example.com/api/v2/objecttypes/1", "relatieOmschrijving", "r"))
                .post(ROOT + "/zaakobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "catalogus"), hasEntry("code", "relations-incorrect-catalogus"))));
        String iot = unique("IOT");
        iot(elders, iot);
        admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", iot, "volgnummer", 1, "richting", "inkomend"))
                .post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "informatieobjecttype"), hasEntry("code", "does_not_exist"))));
        // the deprecated catalogus of a roltype or resultaattype, when given, is the zaaktype's
        String sl = "https://selectielijst.example.com/api/v1/";
        Map<String, Map<String, Object>> parts = Map.of(
                "roltypen", Map.of("zaaktype", zaaktype, "catalogus", elders, "omschrijving", "x",
                        "omschrijvingGeneriek", "adviseur"),
                "resultaattypen", Map.of("zaaktype", zaaktype, "catalogus", elders, "omschrijving", "x",
                        "resultaattypeomschrijving", sl + "resultaattypeomschrijvingen/1",
                        "selectielijstklasse", sl + "resultaten/1"));
        parts.forEach((collection, part) -> admin(part).post(ROOT + "/" + collection).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "catalogus"), hasEntry("code", "relations-incorrect-catalogus")))));
    }

    @Test
    void detailGetWithDatumGeldigheidAndHead() {
        String zaaktype = zaaktype(catalogus(), unique("H"));
        String etag = as(admin()).get(path(zaaktype)).then().statusCode(200).extract().header("ETag");
        as(admin()).head(path(zaaktype)).then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).header("If-None-Match", etag).get(path(zaaktype)).then().statusCode(304);
        as(admin()).get(path(zaaktype) + "?datumGeldigheid=2024-02-01").then().statusCode(200);
        as(admin()).get(path(zaaktype) + "?datumGeldigheid=nee").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "datumGeldigheid"), hasEntry("code", "invalid"))));
    }
}
