package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * Concepts vs published types: publish checks completeness and relations; ztc-009 (published types are immutable
 * except eindeGeldigheid and correcties) and ztc-010 (the types of a published zaaktype).
 */
@QuarkusTest
class ConceptPublishLifecycleTest {

    @InjectWireMock
    WireMockServer wm;

    private static String schrijver() {
        return TestAutorisaties.client("schrijver").scopes("ztc", "catalogi.lezen", "catalogi.schrijven").bearer();
    }

    private static String corrector() {
        return TestAutorisaties.client("corrector").scopes("ztc", "catalogi.lezen", "catalogi.schrijven",
                "catalogi.geforceerd-schrijven").bearer();
    }

    private static String verwijderaar() {
        return TestAutorisaties.client("verwijderaar").scopes("ztc", "catalogi.lezen",
                "catalogi.geforceerd-verwijderen").bearer();
    }

    /** Catalogi 1.3.3 has no completeness rule; Open Zaak's is a setting, off by default (PublishCompleteZaaktypeTest). */
    @Test
    void aBareZaaktypeIsPublishedByDefault() {
        String zaaktype = zaaktype(catalogus(), unique("INC"));
        publish(zaaktype).then().statusCode(200).body("concept", equalTo(false));
        // ztc-010 then guards its parts, ztc-009 the zaaktype itself
        as(schrijver()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager", "omschrijvingGeneriek",
                "initiator")).post(ROOT + "/roltypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(schrijver()).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
    }

    @Test
    void ztc012PublishNeedsPublishedRelations() {
        String catalogus = catalogus();
        besluittype(catalogus, "BT concept");
        Map<String, Object> body = zaaktypeBody(catalogus, unique("REL"));
        String zaaktype = completeZaaktypeWith(catalogus, body, List.of("BT concept"));
        publish(zaaktype).then().statusCode(400).body("invalidParams.code", hasItem("concept-relation"));
    }

    private String completeZaaktypeWith(String catalogus, Map<String, Object> body, List<String> besluittypen) {
        body.put("besluittypen", besluittypen);
        return completeZaaktype(body, selectielijst(wm, "nihil"));
    }

    @Test
    void ztc009PublishedZaaktypeIsImmutable() {
        String catalogus = catalogus();
        String id = unique("IMM");
        String zaaktype = completeZaaktype(wm, catalogus, id);
        publish(zaaktype).then().statusCode(200);
        Map<String, Object> body = zaaktypeBody(catalogus, id);
        body.put("selectielijstProcestype", as(admin()).get(path(zaaktype)).path("selectielijstProcestype"));
        as(schrijver()).body(body).put(path(zaaktype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "non-concept-object"))));
        as(schrijver()).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
        // only eindeGeldigheid may be patched
        as(schrijver()).body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(zaaktype)).then().statusCode(200)
                .body("eindeGeldigheid", equalTo("2030-12-31")).body("concept", equalTo(false));
        // a correctie with geforceerd-schrijven
        body.put("toelichting", "correctie");
        body.put("eindeGeldigheid", "2030-12-31");
        as(corrector()).body(body).put(path(zaaktype)).then().statusCode(200).body("toelichting", equalTo("correctie"));
        // delete
        as(schrijver()).delete(path(zaaktype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
        as(verwijderaar()).delete(path(zaaktype)).then().statusCode(204);
        as(admin()).get(path(zaaktype)).then().statusCode(404);
    }

    @Test
    void ztc009PublishedInformatieobjecttypeAndBesluittype() {
        String catalogus = catalogus();
        String iot = iot(catalogus, unique("IOT"));
        publish(iot).then().statusCode(200).body("concept", equalTo(false));
        as(schrijver()).body(Map.of("informatieobjectcategorie", "x")).patch(path(iot)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
        as(schrijver()).body(iotBody(catalogus, as(admin()).get(path(iot)).path("omschrijving"))).put(path(iot))
                .then().statusCode(400).body("invalidParams.code", hasItem("non-concept-object"));
        as(schrijver()).body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(iot)).then().statusCode(200)
                .body("eindeGeldigheid", equalTo("2030-12-31")).body("concept", equalTo(false));
        as(schrijver()).delete(path(iot)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
        String bt = besluittype(catalogus, unique("BT"));
        publish(bt).then().statusCode(200);
        as(schrijver()).body(Map.of("toelichting", "x")).patch(path(bt)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-object"));
        as(corrector()).body(Map.of("toelichting", "x")).patch(path(bt)).then().statusCode(200)
                .body("toelichting", equalTo("x"));
        as(schrijver()).body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(bt)).then().statusCode(200)
                .body("eindeGeldigheid", equalTo("2030-12-31")).body("toelichting", equalTo("x"));
    }

    @Test
    void ztc010TypesOfAPublishedZaaktype() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("DEP"));
        String statustype = as(admin()).get(path(zaaktype)).path("statustypen[0]");
        publish(zaaktype).then().statusCode(200);
        as(schrijver()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Extra", "volgnummer", 3))
                .post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(schrijver()).body(Map.of("omschrijving", "Anders")).patch(path(statustype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(schrijver()).delete(path(statustype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        // correctie: a statustype added at the end
        as(corrector()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Extra", "volgnummer", 3))
                .post(ROOT + "/statustypen").then().statusCode(201).body("isEindstatus", equalTo(true));
        as(verwijderaar()).delete(path(statustype)).then().statusCode(204);
    }

    @Test
    void correctieOnlyExtends() {
        String catalogus = catalogus();
        String id = unique("COR");
        String zaaktype = completeZaaktype(wm, catalogus, id);
        publish(zaaktype).then().statusCode(200);
        as(corrector()).body(Map.of("identificatie", unique("ANDERS"))).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "identificatie"), hasEntry("code", "wijzigen-niet-toegelaten"))));
        as(corrector()).body(Map.of("beginGeldigheid", "2024-02-01")).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams.code", hasItem("wijzigen-niet-toegelaten"));
        // volgnummer starts at 1; the existing ones stay fixed
        as(corrector()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Tussen", "volgnummer", 0))
                .post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "volgnummer"), hasEntry("code", "min_value"))));
        String statustype = as(admin()).get(path(zaaktype)).path("statustypen[0]");
        as(corrector()).body(Map.of("volgnummer", 7)).patch(path(statustype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "volgnummer"), hasEntry("code", "wijzigen-niet-toegelaten"))));
        as(corrector()).body(Map.of("statustekst", "verduidelijkt")).patch(path(statustype)).then().statusCode(200);
        // besluittype relations may be added, not removed
        String bt = besluittype(catalogus, unique("BTC"));
        publish(bt).then().statusCode(200);
        String btNaam = as(admin()).get(path(bt)).path("omschrijving");
        as(corrector()).body(Map.of("besluittypen", List.of(btNaam))).patch(path(zaaktype)).then().statusCode(200)
                .body("besluittypen", contains(bt));
        as(corrector()).body(Map.of("besluittypen", List.of())).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "besluittypen"), hasEntry("code", "wijzigen-niet-toegelaten"))));
    }

    @Test
    void correctieDoesNotMoveAPartToAnotherZaaktype() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("MOV"));
        String ander = zaaktype(catalogus, unique("MOV"));
        publish(zaaktype).then().statusCode(200);
        String iotNaam = unique("IOT");
        iot(catalogus, iotNaam);
        String ziot = as(corrector()).body(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotNaam,
                "volgnummer", 1, "richting", "inkomend")).post(ROOT + "/zaaktype-informatieobjecttypen").then()
                .statusCode(201).extract().path("url");
        as(corrector()).body(Map.of("zaaktype", zaaktype, "naam", "kenmerk", "definitie", "d", "specificatie",
                Map.of("formaat", "tekst", "lengte", "5", "kardinaliteit", "1"))).post(ROOT + "/eigenschappen")
                .then().statusCode(201);
        as(corrector()).body(Map.of("zaaktype", zaaktype, "catalogus", catalogus, "anderObjecttype", false,
                "objecttype", "https://objecttypen.example.com/api/v2/objecttypes/1", "relatieOmschrijving", "r"))
                .post(ROOT + "/zaakobjecttypen").then().statusCode(201);
        var detail = as(admin()).get(path(zaaktype)).then().extract();
        List<String> parts = List.of(detail.path("statustypen[0]"), detail.path("roltypen[0]"),
                detail.path("resultaattypen[0]"), detail.path("eigenschappen[0]"), detail.path("zaakobjecttypen[0]"),
                ziot);
        for (String part : parts) {
            as(corrector()).body(Map.of("zaaktype", ander)).patch(path(part)).then().statusCode(400)
                    .body("invalidParams", hasItem(allOf(hasEntry("name", "zaaktype"), hasEntry("code", "wijzigen-niet-toegelaten"))));
        }
        as(admin()).get(path(zaaktype)).then().body("statustypen", hasSize(2)).body("eigenschappen", hasSize(1));
    }

    @Test
    void correctieKeepsTrefwoordenAndGerelateerdeZaaktypen() {
        String catalogus = catalogus();
        Map<String, Object> body = zaaktypeBody(catalogus, unique("TRW"));
        body.put("trefwoorden", List.of("bouw"));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", "ANDER-1", "aardRelatie", "vervolg")));
        String zaaktype = completeZaaktypeWith(catalogus, body, List.of());
        publish(zaaktype).then().statusCode(200);
        as(corrector()).body(Map.of("trefwoorden", List.of("bouw", "sloop"))).patch(path(zaaktype)).then()
                .statusCode(200).body("trefwoorden", contains("bouw", "sloop"));
        as(corrector()).body(Map.of("trefwoorden", List.of("sloop"))).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "trefwoorden"), hasEntry("code", "wijzigen-niet-toegelaten"))));
        as(corrector()).body(Map.of("gerelateerdeZaaktypen", List.of())).patch(path(zaaktype)).then()
                .statusCode(400).body("invalidParams", hasItem(allOf(hasEntry("name", "gerelateerdeZaaktypen"), hasEntry("code", "wijzigen-niet-toegelaten"))));
        Map<String, Object> iotBody = iotBody(catalogus, unique("IOT"));
        iotBody.put("trefwoord", List.of("brief"));
        String iot = admin(iotBody).post(ROOT + "/informatieobjecttypen").then().statusCode(201).extract().path("url");
        publish(iot).then().statusCode(200);
        as(corrector()).body(Map.of("trefwoord", List.of("brief", "post"))).patch(path(iot)).then().statusCode(200)
                .body("trefwoord", contains("brief", "post"));
        as(corrector()).body(Map.of("trefwoord", List.of())).patch(path(iot)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "trefwoord"), hasEntry("code", "wijzigen-niet-toegelaten"))));
    }

    @Test
    void correctieKeepsTheRelationsOfAResultaattype() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("RTR"));
        String bt = unique("BT");
        besluittype(catalogus, bt);
        publish(zaaktype).then().statusCode(200);
        String resultaattype = as(admin()).get(path(zaaktype)).path("resultaattypen[0]");
        as(corrector()).body(Map.of("besluittypen", List.of(bt))).patch(path(resultaattype)).then().statusCode(200)
                .body("besluittypeOmschrijving", contains(bt));
        as(corrector()).body(Map.of("besluittypen", List.of())).patch(path(resultaattype)).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "besluittypen"), hasEntry("code", "wijzigen-niet-toegelaten"))));
    }

    @Test
    void publishIsIdempotent() {
        String iot = iot(catalogus(), unique("IDEM"));
        publish(iot).then().statusCode(200);
        publish(iot).then().statusCode(200).body("concept", equalTo(false));
    }
}
