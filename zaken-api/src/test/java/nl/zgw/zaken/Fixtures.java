package nl.zgw.zaken;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.services.ZgwServices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Test data of the Zaken API: catalogue types made and published through the real Catalogi API (started by
 * {@link ZakenTestResources}) and zaken made through this API. Every call makes fresh, unique data.
 * <pre>
 * Fixtures.Zaaktype zt = Fixtures.zaaktype();            // published, with statustypen, roltype, resultaattype, ...
 * String zaak = Fixtures.zaak(zt.url());                 // POST /zaken as admin, its URL
 * Fixtures.as(Fixtures.admin()).get(Fixtures.path(zaak)).then().statusCode(200);
 * </pre>
 */
public final class Fixtures {

    public static final String ROOT = "/zaken/api/v1";
    public static final String CRS = "EPSG:4326";

    /** The Referentielijsten data the started Catalogi serves itself (its built-in copy). */
    static final String PROCESTYPE = "b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b";
    static final String SELECTIELIJST_RESULTAAT = "6711baff-798b-4c7f-9133-8ad02c8b7c6f";
    static final String RESULTAATTYPEOMSCHRIJVING = "e6a0c939-3404-45b0-88e3-76c94fb80ea7";

    private Fixtures() {
    }

    // ------------------------------------------------------------------ callers

    /** A caller with every autorisatie of this API. */
    public static String admin() {
        return TestAutorisaties.superuser("admin-zaken").bearer();
    }

    /** A request with the caller's token, JSON and the CRS headers every /zaken operation needs. */
    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).header("Accept-Crs", CRS).header("Content-Crs", CRS)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin(Object body) {
        return as(admin()).body(body);
    }

    /** The path of a URL of this API (REST Assured addresses the running test server). */
    public static String path(String url) {
        return url.substring(url.indexOf(ROOT));
    }

    public static String uuidOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
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

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ------------------------------------------------------------------ the Catalogi API

    /** The started Catalogi API's root, e.g. {@code http://localhost:PORT/catalogi/api/v1}. */
    public static String catalogi() {
        return ZgwServices.url("catalogi");
    }

    /** A request to the started Catalogi API as its admin client. */
    public static RequestSpecification catalogi(Object body) {
        RequestSpecification r = given().baseUri(catalogi()).header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
        return body == null ? r : r.body(body);
    }

    static String created(Object body, String collection) {
        return catalogi(body).post("/" + collection).then().statusCode(201).extract().path("url");
    }

    static void publish(String url) {
        given().header("Authorization", ZgwServices.bearer("admin")).accept(ContentType.JSON)
                .post(url + "/publish").then().statusCode(200);
    }

    /**
     * A published zaaktype with two statustypen (the second the eindstatus), a roltype, a resultaattype (brondatum
     * afgehandeld), an eigenschap (tekst) and a published informatieobjecttype linked to it.
     */
    public record Zaaktype(String url, String catalogus, String statustype, String eindstatustype,
                           String roltype, String resultaattype, String eigenschap, String informatieobjecttype,
                           List<String> productenOfDiensten) {
    }

    public static Zaaktype zaaktype() {
        return zaaktype("openbaar");
    }

    /** As {@link #zaaktype()}, with this default vertrouwelijkheidaanduiding (zrc-009). */
    public static Zaaktype zaaktype(String vertrouwelijkheidaanduiding) {
        String catalogus = created(Map.of("domein", catalogusDomein("Z"),
                "rsin", rsin(), "contactpersoonBeheerNaam", "Beheerder"), "catalogussen");
        String iotOmschrijving = unique("Brief");
        String iot = created(Map.of("catalogus", catalogus, "omschrijving", iotOmschrijving,
                "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", "2024-01-01",
                "informatieobjectcategorie", "brief"), "informatieobjecttypen");
        publish(iot);
        List<String> producten = List.of("https://example.com/product/" + UUID.randomUUID(),
                "https://example.com/dienst/" + UUID.randomUUID());
        Map<String, Object> zt = new HashMap<>();
        zt.put("identificatie", unique("ZT"));
        zt.put("omschrijving", "Vergunning aanvragen");
        zt.put("vertrouwelijkheidaanduiding", vertrouwelijkheidaanduiding);
        zt.put("doel", "doel");
        zt.put("aanleiding", "aanleiding");
        zt.put("indicatieInternOfExtern", "extern");
        zt.put("handelingInitiator", "aanvragen");
        zt.put("onderwerp", "Vergunning");
        zt.put("handelingBehandelaar", "behandelen");
        zt.put("doorlooptijd", "P30D");
        zt.put("opschortingEnAanhoudingMogelijk", true);
        zt.put("verlengingMogelijk", true);
        zt.put("verlengingstermijn", "P10D");
        zt.put("publicatieIndicatie", false);
        zt.put("productenOfDiensten", producten);
        zt.put("referentieproces", Map.of("naam", "proces"));
        zt.put("verantwoordelijke", "afdeling");
        zt.put("catalogus", catalogus);
        zt.put("besluittypen", new ArrayList<>());
        zt.put("gerelateerdeZaaktypen", new ArrayList<>());
        zt.put("beginGeldigheid", "2024-01-01");
        zt.put("versiedatum", "2024-01-01");
        zt.put("selectielijstProcestype", referentielijst("procestypen", PROCESTYPE));
        String zaaktype = created(zt, "zaaktypen");
        String st1 = created(Map.of("zaaktype", zaaktype, "omschrijving", "Ontvangen", "volgnummer", 1),
                "statustypen");
        String st2 = created(Map.of("zaaktype", zaaktype, "omschrijving", "Afgehandeld", "volgnummer", 2),
                "statustypen");
        String roltype = created(Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager",
                "omschrijvingGeneriek", "initiator"), "roltypen");
        Map<String, Object> rt = new HashMap<>();
        rt.put("zaaktype", zaaktype);
        rt.put("omschrijving", "Toegekend");
        rt.put("resultaattypeomschrijving", referentielijst("resultaattypeomschrijvingen", RESULTAATTYPEOMSCHRIJVING));
        rt.put("selectielijstklasse", referentielijst("resultaten", SELECTIELIJST_RESULTAAT));
        rt.put("brondatumArchiefprocedure", Map.of("afleidingswijze", "afgehandeld"));
        String resultaattype = created(rt, "resultaattypen");
        String eigenschap = created(Map.of("zaaktype", zaaktype, "naam", unique("kenteken"), "definitie", "d",
                "specificatie", Map.of("formaat", "tekst", "lengte", "20", "kardinaliteit", "1",
                        "waardenverzameling", List.of())), "eigenschappen");
        created(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotOmschrijving, "volgnummer", 1,
                "richting", "inkomend"), "zaaktype-informatieobjecttypen");
        publish(zaaktype);
        return new Zaaktype(zaaktype, catalogus, st1, st2, roltype, resultaattype, eigenschap, iot, producten);
    }

    /** A zaaktype left a concept (zrc-001: not-published). */
    public static String conceptZaaktype() {
        String catalogus = created(Map.of("domein", catalogusDomein("C"),
                "rsin", rsin(), "contactpersoonBeheerNaam", "Beheerder"), "catalogussen");
        Map<String, Object> zt = new HashMap<>();
        zt.put("identificatie", unique("ZT"));
        zt.put("omschrijving", "Concept");
        zt.put("vertrouwelijkheidaanduiding", "openbaar");
        zt.put("doel", "doel");
        zt.put("aanleiding", "aanleiding");
        zt.put("indicatieInternOfExtern", "extern");
        zt.put("handelingInitiator", "aanvragen");
        zt.put("onderwerp", "Vergunning");
        zt.put("handelingBehandelaar", "behandelen");
        zt.put("doorlooptijd", "P30D");
        zt.put("opschortingEnAanhoudingMogelijk", false);
        zt.put("verlengingMogelijk", false);
        zt.put("publicatieIndicatie", false);
        zt.put("productenOfDiensten", List.of());
        zt.put("referentieproces", Map.of("naam", "proces"));
        zt.put("verantwoordelijke", "afdeling");
        zt.put("catalogus", catalogus);
        zt.put("besluittypen", new ArrayList<>());
        zt.put("gerelateerdeZaaktypen", new ArrayList<>());
        zt.put("beginGeldigheid", "2024-01-01");
        zt.put("versiedatum", "2024-01-01");
        return created(zt, "zaaktypen");
    }

    /** A URL of the Referentielijsten copy the started Catalogi serves. */
    static String referentielijst(String collection, String uuid) {
        return ZgwServices.base("catalogi") + "/referentielijsten/api/v1/" + collection + "/" + uuid;
    }

    // ------------------------------------------------------------------ zaken

    /** The smallest valid body of POST /zaken for this zaaktype. */
    public static Map<String, Object> zaakBody(String zaaktype) {
        Map<String, Object> m = new HashMap<>();
        m.put("bronorganisatie", "517439943");
        m.put("verantwoordelijkeOrganisatie", "517439943");
        m.put("zaaktype", zaaktype);
        m.put("startdatum", LocalDate.now().minusDays(1).toString());
        return m;
    }

    /** A new zaak of this zaaktype (as admin); its URL. */
    public static String zaak(String zaaktype) {
        return zaak(zaakBody(zaaktype));
    }

    public static String zaak(String zaaktype, String vertrouwelijkheidaanduiding) {
        Map<String, Object> body = zaakBody(zaaktype);
        body.put("vertrouwelijkheidaanduiding", vertrouwelijkheidaanduiding);
        return zaak(body);
    }

    public static String zaak(Map<String, Object> body) {
        return admin(body).post(ROOT + "/zaken").then().statusCode(201).extract().path("url");
    }

    /** A catalogus domein (at most 5 characters) that hardly repeats: domein and rsin are unique together. */
    private static String catalogusDomein(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
    }
}
