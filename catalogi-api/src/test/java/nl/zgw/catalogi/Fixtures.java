package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

/** Test data built through the API itself, plus Selectielijst stubs. Every call makes fresh, unique data. */
public final class Fixtures {

    public static final String ROOT = "/catalogi/api/v1";

    private Fixtures() {
    }

    public static String admin() {
        return TestAutorisaties.superuser("admin-test").bearer();
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin(Object body) {
        return as(admin()).body(body);
    }

    /** A RSIN that passes the elfproef. */
    public static String rsin() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    sb.append(d[i]);
                }
                return sb.append(last).toString();
            }
        }
    }

    public static Map<String, Object> catalogusBody() {
        Map<String, Object> m = new HashMap<>();
        m.put("domein", "T" + ThreadLocalRandom.current().nextInt(1000, 9999));
        m.put("rsin", rsin());
        m.put("contactpersoonBeheerNaam", "Beheerder");
        return m;
    }

    public static String catalogus() {
        return admin(catalogusBody()).post(ROOT + "/catalogussen").then().statusCode(201).extract().path("url");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> zaaktypeBody(String catalogus, String identificatie) {
        Map<String, Object> m = new HashMap<>();
        m.put("identificatie", identificatie);
        m.put("omschrijving", "Vergunning aanvragen");
        m.put("vertrouwelijkheidaanduiding", "openbaar");
        m.put("doel", "doel");
        m.put("aanleiding", "aanleiding");
        m.put("indicatieInternOfExtern", "extern");
        m.put("handelingInitiator", "aanvragen");
        m.put("onderwerp", "Vergunning");
        m.put("handelingBehandelaar", "behandelen");
        m.put("doorlooptijd", "P30D");
        m.put("opschortingEnAanhoudingMogelijk", false);
        m.put("verlengingMogelijk", false);
        m.put("publicatieIndicatie", false);
        m.put("productenOfDiensten", List.of("https://example.com/product/1"));
        m.put("referentieproces", Map.of("naam", "proces"));
        m.put("verantwoordelijke", "afdeling");
        m.put("catalogus", catalogus);
        m.put("besluittypen", new ArrayList<>());
        m.put("gerelateerdeZaaktypen", new ArrayList<>());
        m.put("beginGeldigheid", "2024-01-01");
        m.put("versiedatum", "2024-01-01");
        return m;
    }

    public static String zaaktype(String catalogus, String identificatie) {
        return zaaktype(zaaktypeBody(catalogus, identificatie));
    }

    public static String zaaktype(Map<String, Object> body) {
        return admin(body).post(ROOT + "/zaaktypen").then().statusCode(201).extract().path("url");
    }

    public static Map<String, Object> iotBody(String catalogus, String omschrijving) {
        Map<String, Object> m = new HashMap<>();
        m.put("catalogus", catalogus);
        m.put("omschrijving", omschrijving);
        m.put("vertrouwelijkheidaanduiding", "openbaar");
        m.put("beginGeldigheid", "2024-01-01");
        m.put("informatieobjectcategorie", "brief");
        return m;
    }

    public static String iot(String catalogus, String omschrijving) {
        return admin(iotBody(catalogus, omschrijving)).post(ROOT + "/informatieobjecttypen").then().statusCode(201)
                .extract().path("url");
    }

    public static Map<String, Object> besluittypeBody(String catalogus, String omschrijving) {
        Map<String, Object> m = new HashMap<>();
        m.put("catalogus", catalogus);
        m.put("omschrijving", omschrijving);
        m.put("publicatieIndicatie", false);
        m.put("informatieobjecttypen", new ArrayList<>());
        m.put("beginGeldigheid", "2024-01-01");
        return m;
    }

    public static String besluittype(String catalogus, String omschrijving) {
        return admin(besluittypeBody(catalogus, omschrijving)).post(ROOT + "/besluittypen").then().statusCode(201)
                .extract().path("url");
    }

    public static String statustype(String zaaktype, int volgnummer) {
        return admin(Map.of("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer, "volgnummer", volgnummer))
                .post(ROOT + "/statustypen").then().statusCode(201).extract().path("url");
    }

    public static String roltype(String zaaktype) {
        return admin(Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager", "omschrijvingGeneriek", "initiator"))
                .post(ROOT + "/roltypen").then().statusCode(201).extract().path("url");
    }

    public static Response publish(String url) {
        return as(admin()).post(path(url) + "/publish");
    }

    /** The path of a URL of this API (REST Assured addresses the running test server). */
    public static String path(String url) {
        return url.substring(url.indexOf(ROOT));
    }

    // ------------------------------------------------------------------ Selectielijst stubs

    public record Selectielijst(String procestype, String resultaat, String omschrijving) {
    }

    /** Stubs a procestype, one of its resultaten (with the given procestermijn) and a resultaattypeomschrijving. */
    public static Selectielijst selectielijst(WireMockServer wm, String procestermijn) {
        String base = wm.baseUrl() + "/referentielijsten/api/v1";
        String p = UUID.randomUUID().toString();
        String r = UUID.randomUUID().toString();
        String o = UUID.randomUUID().toString();
        String procestype = base + "/procestypen/" + p;
        String resultaat = base + "/resultaten/" + r;
        String omschrijving = base + "/resultaattypeomschrijvingen/" + o;
        wm.stubFor(get(urlEqualTo("/referentielijsten/api/v1/procestypen/" + p)).willReturn(okJson(
                "{\"url\":\"" + procestype + "\",\"nummer\":1,\"jaar\":2020,\"naam\":\"Instellen\"}")));
        wm.stubFor(get(urlEqualTo("/referentielijsten/api/v1/resultaten/" + r)).willReturn(okJson(
                "{\"url\":\"" + resultaat + "\",\"procesType\":\"" + procestype + "\",\"nummer\":1,"
                        + "\"volledigNummer\":\"1.1\",\"naam\":\"Ingericht\",\"waardering\":\"vernietigen\","
                        + "\"procestermijn\":" + (procestermijn == null ? "null" : "\"" + procestermijn + "\"")
                        + ",\"bewaartermijn\":\"P10Y\"}")));
        wm.stubFor(get(urlEqualTo("/referentielijsten/api/v1/resultaattypeomschrijvingen/" + o)).willReturn(okJson(
                "{\"url\":\"" + omschrijving + "\",\"omschrijving\":\"Afgewezen\",\"definitie\":\"d\",\"opmerking\":\"\"}")));
        return new Selectielijst(procestype, resultaat, omschrijving);
    }

    public static Map<String, Object> resultaattypeBody(String zaaktype, Selectielijst s) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaaktype", zaaktype);
        m.put("omschrijving", "Afgewezen");
        m.put("resultaattypeomschrijving", s.omschrijving());
        m.put("selectielijstklasse", s.resultaat());
        m.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld"));
        return m;
    }

    /** A zaaktype with selectielijstProcestype, two statustypen, a roltype and a resultaattype: publishable. */
    public static String completeZaaktype(WireMockServer wm, String catalogus, String identificatie) {
        return completeZaaktype(zaaktypeBody(catalogus, identificatie), selectielijst(wm, "nihil"));
    }

    /** The zaaktype of {@code body}, made publishable with the procestype and a resultaattype of {@code s}. */
    public static String completeZaaktype(Map<String, Object> body, Selectielijst s) {
        body.put("selectielijstProcestype", s.procestype());
        String zaaktype = zaaktype(body);
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        roltype(zaaktype);
        admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then().statusCode(201);
        return zaaktype;
    }
}
