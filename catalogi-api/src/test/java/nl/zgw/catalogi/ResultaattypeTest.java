package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * /resultaattypen and the Selectielijst derivations: ztc-002 (omschrijvingGeneriek, archiefnominatie and
 * archiefactietermijn derived, procestype must match) and ztc-003 … ztc-008 (brondatumArchiefprocedure).
 */
@QuarkusTest
class ResultaattypeTest {

    @InjectWireMock
    WireMockServer wm;

    private String zaaktypeWithProcestype(Selectielijst s, String id) {
        Map<String, Object> body = zaaktypeBody(catalogus(), id);
        body.put("selectielijstProcestype", s.procestype());
        return zaaktype(body);
    }

    @Test
    void ztc002DerivesFromTheSelectielijst() {
        var s = selectielijst(wm, "nihil");
        String zaaktype = zaaktypeWithProcestype(s, unique("R"));
        String url = admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then().statusCode(201)
                .body("omschrijvingGeneriek", equalTo("Afgewezen"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactietermijn", equalTo("P10Y"))
                .body("selectielijstklasse", equalTo(s.resultaat()))
                .body("resultaattypeomschrijving", equalTo(s.omschrijving()))
                .body("brondatumArchiefprocedure.afleidingswijze", equalTo("afgehandeld"))
                .extract().path("url");
        // explicit values win over the derivation
        admin(Map.of("archiefnominatie", "blijvend_bewaren", "archiefactietermijn", "P20Y")).patch(path(url))
                .then().statusCode(200).body("archiefnominatie", equalTo("blijvend_bewaren"))
                .body("archiefactietermijn", equalTo("P20Y"));
    }

    @Test
    void ztc002PatchOfTheSelectielijstklasseDerivesAgainWhatWasDerived() {
        var s = selectielijst(wm, "nihil");
        String klasse2 = s.procestype().replace("/procestypen/", "/resultaten/") + "-2";
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(klasse2.substring(wm.baseUrl().length())))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"url\":\"" + klasse2
                        + "\",\"procesType\":\"" + s.procestype() + "\",\"nummer\":2,\"volledigNummer\":\"1.2\","
                        + "\"naam\":\"Bewaard\",\"waardering\":\"blijvend_bewaren\",\"procestermijn\":\"nihil\","
                        + "\"bewaartermijn\":\"P5Y\"}")));
        String zaaktype = zaaktypeWithProcestype(s, unique("RD"));
        String url = admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then().statusCode(201)
                .body("archiefnominatie", equalTo("vernietigen")).extract().path("url");
        admin(Map.of("selectielijstklasse", klasse2)).patch(path(url)).then().statusCode(200)
                .body("archiefnominatie", equalTo("blijvend_bewaren"))
                .body("archiefactietermijn", equalTo("P5Y"));
        // a value the client set stays; the one still derived follows the klasse
        admin(Map.of("archiefnominatie", "blijvend_bewaren")).patch(path(url)).then().statusCode(200);
        admin(Map.of("selectielijstklasse", s.resultaat())).patch(path(url)).then().statusCode(200)
                .body("archiefnominatie", equalTo("blijvend_bewaren"))
                .body("archiefactietermijn", equalTo("P10Y"));
    }

    @Test
    void ztc002SelectielijstklasseMustBelongToTheProcestype() {
        var s = selectielijst(wm, "nihil");
        var other = selectielijst(wm, "nihil");
        String zaaktype = zaaktypeWithProcestype(s, unique("RM"));
        admin(resultaattypeBody(zaaktype, other)).post(ROOT + "/resultaattypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "procestype-mismatch"))));
        Map<String, Object> body = resultaattypeBody(zaaktype, s);
        body.put("resultaattypeomschrijving", s.procestype());
        admin(body).post(ROOT + "/resultaattypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "resultaattypeomschrijving"), hasEntry("code", "invalid-resource"))));
        body = resultaattypeBody(zaaktype, s);
        body.put("selectielijstklasse", wm.baseUrl() + "/referentielijsten/api/v1/resultaten/"
                + java.util.UUID.randomUUID());
        admin(body).post(ROOT + "/resultaattypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "selectielijstklasse"), hasEntry("code", "bad-url"))));
    }

    private void brondatum(String procestermijn, Map<String, Object> brondatum, String name, String code) {
        var s = selectielijst(wm, procestermijn);
        String zaaktype = zaaktypeWithProcestype(s, unique("BD"));
        Map<String, Object> body = resultaattypeBody(zaaktype, s);
        body.put("brondatumArchiefprocedure", brondatum);
        var then = admin(body).post(ROOT + "/resultaattypen").then();
        if (code == null) {
            then.statusCode(201);
        } else {
            then.statusCode(400).body("invalidParams.find { it.name == '" + name + "' }.code", equalTo(code));
        }
    }

    @Test
    void ztc003AfleidingswijzeFollowsTheProcestermijn() {
        brondatum("nihil", Map.of("afleidingswijze", "termijn", "procestermijn", "P5Y"),
                "nonFieldErrors", "invalid-afleidingswijze-for-procestermijn");
        brondatum("ingeschatte_bestaansduur_procesobject", Map.of("afleidingswijze", "afgehandeld"),
                "nonFieldErrors", "invalid-afleidingswijze-for-procestermijn");
        brondatum("ingeschatte_bestaansduur_procesobject", Map.of("afleidingswijze", "termijn", "procestermijn", "P5Y"),
                null, null);
        // without a procestermijn every afleidingswijze is allowed
        brondatum(null, Map.of("afleidingswijze", "hoofdzaak"), null, null);
    }

    @Test
    void ztc004Datumkenmerk() {
        brondatum(null, Map.of("afleidingswijze", "eigenschap"), "brondatumArchiefprocedure.datumkenmerk", "required");
        brondatum(null, Map.of("afleidingswijze", "hoofdzaak", "datumkenmerk", "x"),
                "brondatumArchiefprocedure.datumkenmerk", "must-be-empty");
        brondatum(null, Map.of("afleidingswijze", "eigenschap", "datumkenmerk", "vervaldatum"), null, null);
    }

    @Test
    void ztc005EinddatumBekend() {
        brondatum("nihil", Map.of("afleidingswijze", "afgehandeld", "einddatumBekend", true),
                "brondatumArchiefprocedure.einddatumBekend", "must-be-empty");
        brondatum(null, Map.of("afleidingswijze", "termijn", "procestermijn", "P5Y", "einddatumBekend", true),
                "brondatumArchiefprocedure.einddatumBekend", "must-be-empty");
        brondatum(null, Map.of("afleidingswijze", "termijn", "procestermijn", "P5Y", "einddatumBekend", false),
                null, null);
    }

    @Test
    void ztc006Objecttype() {
        brondatum(null, Map.of("afleidingswijze", "zaakobject", "datumkenmerk", "x"),
                "brondatumArchiefprocedure.objecttype", "required");
        brondatum(null, Map.of("afleidingswijze", "hoofdzaak", "objecttype", "pand"),
                "brondatumArchiefprocedure.objecttype", "must-be-empty");
        brondatum(null, Map.of("afleidingswijze", "zaakobject", "datumkenmerk", "x", "objecttype", "pand"), null, null);
    }

    @Test
    void ztc007Registratie() {
        brondatum(null, Map.of("afleidingswijze", "ander_datumkenmerk", "datumkenmerk", "x", "objecttype", "pand"),
                "brondatumArchiefprocedure.registratie", "required");
        brondatum(null, Map.of("afleidingswijze", "hoofdzaak", "registratie", "BAG"),
                "brondatumArchiefprocedure.registratie", "must-be-empty");
        brondatum(null, Map.of("afleidingswijze", "ander_datumkenmerk", "datumkenmerk", "x", "objecttype", "pand",
                "registratie", "BAG"), null, null);
    }

    @Test
    void ztc008Procestermijn() {
        brondatum(null, Map.of("afleidingswijze", "termijn"), "brondatumArchiefprocedure.procestermijn", "required");
        brondatum(null, Map.of("afleidingswijze", "hoofdzaak", "procestermijn", "P1Y"),
                "brondatumArchiefprocedure.procestermijn", "must-be-empty");
    }

    @Test
    void filtersIncluding131Spellings() {
        var s = selectielijst(wm, "nihil");
        String id = unique("RF");
        String zaaktype = zaaktypeWithProcestype(s, id);
        admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then().statusCode(201);
        as(admin()).get(ROOT + "/resultaattypen?status=concept&zaaktypeIdentificatie=" + id).then()
                .body("count", equalTo(1));
        as(admin()).get(ROOT + "/resultaattypen?status=concept&zaaktype_identificatie=" + id).then()
                .body("count", equalTo(1));
        as(admin()).get(ROOT + "/resultaattypen?status=concept&zaaktype_identificatie=" + id
                + "&datum_geldigheid=2024-03-01").then().body("count", equalTo(1));
        as(admin()).get(ROOT + "/resultaattypen?status=concept&zaaktype_identificatie=" + id
                + "&datum_geldigheid=2020-03-01").then().body("count", equalTo(0));
        as(admin()).get(ROOT + "/resultaattypen?datum_geldigheid=morgen").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid"));
        as(admin()).get(ROOT + "/resultaattypen?zaaktype=" + zaaktype).then().body("count", equalTo(0));
    }

    @Test
    void besluittypenAndInformatieobjecttypenByName() {
        var s = selectielijst(wm, "nihil");
        Map<String, Object> zt = zaaktypeBody(catalogus(), unique("RB"));
        zt.put("selectielijstProcestype", s.procestype());
        String catalogus = (String) zt.get("catalogus");
        String bt = besluittype(catalogus, "Vergunning verleend");
        publish(bt).then().statusCode(200);
        String iot = iot(catalogus, "Beschikking");
        publish(iot).then().statusCode(200);
        String zaaktype = zaaktype(zt);
        Map<String, Object> body = new HashMap<>(resultaattypeBody(zaaktype, s));
        body.put("besluittypen", List.of("Vergunning verleend"));
        body.put("informatieobjecttypen", List.of("Beschikking"));
        String rt = admin(body).post(ROOT + "/resultaattypen").then().statusCode(201)
                .body("besluittypen", contains(bt)).body("besluittypeOmschrijving", contains("Vergunning verleend"))
                .body("informatieobjecttypen", contains(iot)).extract().path("url");
        body.put("besluittypen", List.of("Onbekend"));
        admin(body).post(ROOT + "/resultaattypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "besluittypen.0"), hasEntry("code", "does_not_exist"))));
        as(admin()).get(path(rt)).then().body("zaaktype", equalTo(zaaktype));
    }
}
