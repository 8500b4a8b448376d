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

    @Test
    void publishChecksCompleteness() {
        String zaaktype = zaaktype(catalogus(), unique("INC"));
        publish(zaaktype).then().statusCode(400)
                .body("invalidParams.code", hasItems("missing-statustypen", "missing-roltypen",
                        "missing-resultaattypen"));
        as(admin()).get(path(zaaktype)).then().body("concept", equalTo(true));
    }

    @Test
    void publishNeedsPublishedRelations() {
        String catalogus = catalogus();
        besluittype(catalogus, "BT concept");
        Map<String, Object> body = zaaktypeBody(catalogus, unique("REL"));
        String zaaktype = completeZaaktypeWith(catalogus, body, List.of("BT concept"));
        publish(zaaktype).then().statusCode(400).body("invalidParams[0].code", equalTo("concept-relation"));
    }

    private String completeZaaktypeWith(String catalogus, Map<String, Object> body, List<String> besluittypen) {
        var s = selectielijst(wm, "nihil");
        body.put("selectielijstProcestype", s.procestype());
        body.put("besluittypen", besluittypen);
        String zaaktype = zaaktype(body);
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        roltype(zaaktype);
        admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then().statusCode(201);
        return zaaktype;
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
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        as(schrijver()).body(Map.of("doel", "x")).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        // only eindeGeldigheid may be patched
        as(schrijver()).body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(zaaktype)).then().statusCode(200)
                .body("eindeGeldigheid", equalTo("2030-12-31")).body("concept", equalTo(false));
        // a correctie with geforceerd-schrijven
        body.put("toelichting", "correctie");
        body.put("eindeGeldigheid", "2030-12-31");
        as(corrector()).body(body).put(path(zaaktype)).then().statusCode(200).body("toelichting", equalTo("correctie"));
        // delete
        as(schrijver()).delete(path(zaaktype)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        as(verwijderaar()).delete(path(zaaktype)).then().statusCode(200);
        as(admin()).get(path(zaaktype)).then().statusCode(404);
    }

    @Test
    void ztc009PublishedInformatieobjecttypeAndBesluittype() {
        String catalogus = catalogus();
        String iot = iot(catalogus, unique("IOT"));
        publish(iot).then().statusCode(200).body("concept", equalTo(false));
        as(schrijver()).body(Map.of("informatieobjectcategorie", "x")).patch(path(iot)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        as(schrijver()).delete(path(iot)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        String bt = besluittype(catalogus, unique("BT"));
        publish(bt).then().statusCode(200);
        as(schrijver()).body(Map.of("toelichting", "x")).patch(path(bt)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-object"));
        as(corrector()).body(Map.of("toelichting", "x")).patch(path(bt)).then().statusCode(200)
                .body("toelichting", equalTo("x"));
    }

    @Test
    void ztc010TypesOfAPublishedZaaktype() {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("DEP"));
        String statustype = as(admin()).get(path(zaaktype)).path("statustypen[0]");
        publish(zaaktype).then().statusCode(200);
        as(schrijver()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Extra", "volgnummer", 3))
                .post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-zaaktype"));
        as(schrijver()).body(Map.of("omschrijving", "Anders")).patch(path(statustype)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-zaaktype"));
        as(schrijver()).delete(path(statustype)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("non-concept-zaaktype"));
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
                .body("invalidParams[0].name", equalTo("identificatie"))
                .body("invalidParams[0].code", equalTo("wijzigen-niet-toegelaten"));
        as(corrector()).body(Map.of("beginGeldigheid", "2024-02-01")).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("wijzigen-niet-toegelaten"));
        // a statustype may only be added after the existing ones
        as(corrector()).body(Map.of("zaaktype", zaaktype, "omschrijving", "Tussen", "volgnummer", 0))
                .post(ROOT + "/statustypen").then().statusCode(400);
        String statustype = as(admin()).get(path(zaaktype)).path("statustypen[0]");
        as(corrector()).body(Map.of("volgnummer", 7)).patch(path(statustype)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("volgnummer"))
                .body("invalidParams[0].code", equalTo("wijzigen-niet-toegelaten"));
        as(corrector()).body(Map.of("statustekst", "verduidelijkt")).patch(path(statustype)).then().statusCode(200);
        // besluittype relations may be added, not removed
        String bt = besluittype(catalogus, unique("BTC"));
        publish(bt).then().statusCode(200);
        String btNaam = as(admin()).get(path(bt)).path("omschrijving");
        as(corrector()).body(Map.of("besluittypen", List.of(btNaam))).patch(path(zaaktype)).then().statusCode(200)
                .body("besluittypen", contains(bt));
        as(corrector()).body(Map.of("besluittypen", List.of())).patch(path(zaaktype)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("besluittypen"))
                .body("invalidParams[0].code", equalTo("wijzigen-niet-toegelaten"));
    }

    @Test
    void publishIsIdempotent() {
        String iot = iot(catalogus(), unique("IDEM"));
        publish(iot).then().statusCode(200);
        publish(iot).then().statusCode(200).body("concept", equalTo(false));
    }
}
