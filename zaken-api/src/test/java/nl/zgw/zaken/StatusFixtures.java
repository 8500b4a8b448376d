package nl.zgw.zaken;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.services.ZgwServices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * Test data for statussen, resultaten and zaakeigenschappen: a published zaaktype made in the real Catalogi API
 * (started by {@link ZgwServices}) with a begin- and an eindstatustype, one resultaattype with the archive rules a
 * test asks for and an eigenschap; zaken made through this API. Every call makes fresh data.
 */
public final class StatusFixtures {

    public static final String ROOT = "/zaken/api/v1";

    /** The parts of a fresh published zaaktype. */
    public record Zaaktype(String url, String beginstatus, String eindstatus, String resultaattype,
                           String eigenschap, String eigenschapNaam) {
    }

    /** What the resultaattype says about archiving (zrc-021). */
    public record Archief(String archiefnominatie, String archiefactietermijn, Map<String, Object> brondatum) {
        public static Archief afgehandeld(String termijn) {
            return new Archief("vernietigen", termijn, Map.of("afleidingswijze", "afgehandeld"));
        }
    }

    private StatusFixtures() {
    }

    public static String admin() {
        return TestAutorisaties.superuser("status-admin").bearer();
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).header("Accept-Crs", Fixtures.CRS)
                .header("Content-Crs", Fixtures.CRS).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin(Object body) {
        return as(admin()).body(body);
    }

    /** The path of a URL of this API (REST Assured addresses the running test server). */
    public static String path(String url) {
        return url.substring(url.indexOf(ROOT));
    }

    // ------------------------------------------------------------------ Catalogi

    private static RequestSpecification catalogi(Object body) {
        return given().baseUri(ZgwServices.url("catalogi")).header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
    }

    private static String post(String collection, Map<String, Object> body) {
        return catalogi(body).post("/" + collection).then().statusCode(201).extract().path("url");
    }

    public static Zaaktype zaaktype() {
        return zaaktype(Archief.afgehandeld("P10Y"));
    }

    /** A published zaaktype whose resultaattype has these archive rules. */
    public static Zaaktype zaaktype(Archief archief) {
        String afleidingswijze = (String) archief.brondatum().get("afleidingswijze");
        Map<String, Object> selectielijstResultaat = selectielijstResultaat("afgehandeld".equals(afleidingswijze)
                ? procestermijn -> "nihil".equals(procestermijn)
                : "termijn".equals(afleidingswijze) ? procestermijn -> "ingeschatte_bestaansduur_procesobject"
                .equals(procestermijn) : procestermijn -> "bestaansduur_procesobject".equals(procestermijn));
        String catalogus = post("catalogussen", Map.of("domein", catalogusDomein("S"),
                "rsin", "000000000", "contactpersoonBeheerNaam", "Beheerder"));
        Map<String, Object> zt = new HashMap<>();
        zt.put("identificatie", "ZT-" + UUID.randomUUID().toString().substring(0, 8));
        zt.put("omschrijving", "Vergunning aanvragen");
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
        zt.put("productenOfDiensten", List.of("https://example.com/product/1"));
        zt.put("referentieproces", Map.of("naam", "proces"));
        zt.put("verantwoordelijke", "afdeling");
        zt.put("catalogus", catalogus);
        zt.put("besluittypen", new ArrayList<>());
        zt.put("gerelateerdeZaaktypen", new ArrayList<>());
        zt.put("beginGeldigheid", "2024-01-01");
        zt.put("versiedatum", "2024-01-01");
        zt.put("selectielijstProcestype", selectielijstResultaat.get("procesType"));
        String zaaktype = post("zaaktypen", zt);
        String begin = post("statustypen", Map.of("zaaktype", zaaktype, "omschrijving", "Ontvangen", "volgnummer", 1));
        String eind = post("statustypen", Map.of("zaaktype", zaaktype, "omschrijving", "Afgehandeld", "volgnummer", 2));
        post("roltypen", Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager", "omschrijvingGeneriek", "initiator"));
        Map<String, Object> rt = new HashMap<>();
        rt.put("zaaktype", zaaktype);
        rt.put("omschrijving", "Toegekend");
        rt.put("resultaattypeomschrijving", resultaattypeomschrijving());
        rt.put("selectielijstklasse", selectielijstResultaat.get("url"));
        rt.put("archiefnominatie", archief.archiefnominatie());
        if (archief.archiefactietermijn() != null) {
            rt.put("archiefactietermijn", archief.archiefactietermijn());
        }
        rt.put("brondatumArchiefprocedure", archief.brondatum());
        String resultaattype = post("resultaattypen", rt);
        Object kenmerk = archief.brondatum().get("datumkenmerk");
        String naam = "eigenschap".equals(afleidingswijze) && kenmerk != null ? kenmerk.toString()
                : "datum" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String eigenschap = post("eigenschappen", Map.of("zaaktype", zaaktype, "naam", naam,
                "definitie", "een datum", "specificatie", Map.of("formaat", "datum", "lengte", "8",
                        "kardinaliteit", "1", "groep", "", "waardenverzameling", List.of())));
        catalogi(Map.of()).post("/zaaktypen/" + zaaktype.substring(zaaktype.lastIndexOf('/') + 1) + "/publish")
                .then().statusCode(200);
        return new Zaaktype(zaaktype, begin, eind, resultaattype, eigenschap, naam);
    }

    private static String resultaattypeomschrijving() {
        List<String> urls = given().baseUri(ZgwServices.base("catalogi"))
                .accept(ContentType.JSON).get("/referentielijsten/api/v1/resultaattypeomschrijvingen")
                .then().statusCode(200).extract().path("url");
        return urls.get(0);
    }

    /** A resultaat of the built-in Selectielijst whose procestermijn passes. */
    private static Map<String, Object> selectielijstResultaat(Predicate<String> procestermijn) {
        for (int page = 1; ; page++) {
            Map<String, Object> body = given().baseUri(ZgwServices.base("catalogi")).accept(ContentType.JSON)
                    .queryParam("page", page).get("/referentielijsten/api/v1/resultaten")
                    .then().statusCode(200).extract().as(Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) body.get("results");
            for (Map<String, Object> r : results) {
                if (procestermijn.test(String.valueOf(r.get("procestermijn")))) {
                    return r;
                }
            }
            if (body.get("next") == null) {
                throw new IllegalStateException("no selectielijst resultaat found");
            }
        }
    }

    // ------------------------------------------------------------------ Zaken

    public static String zaak(String zaaktype) {
        return zaak(zaaktype, Map.of());
    }

    public static String zaak(String zaaktype, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("bronorganisatie", "517439943");
        body.put("verantwoordelijkeOrganisatie", "517439943");
        body.put("zaaktype", zaaktype);
        body.put("startdatum", "2024-01-10");
        body.put("vertrouwelijkheidaanduiding", "openbaar");
        body.putAll(extra);
        return admin(body).post(ROOT + "/zaken").then().statusCode(201).extract().path("url");
    }

    public static String status(String zaak, String statustype, String datumStatusGezet) {
        return admin(Map.of("zaak", zaak, "statustype", statustype, "datumStatusGezet", datumStatusGezet))
                .post(ROOT + "/statussen").then().statusCode(201).extract().path("url");
    }

    public static String resultaat(String zaak, String resultaattype) {
        return admin(Map.of("zaak", zaak, "resultaattype", resultaattype))
                .post(ROOT + "/resultaten").then().statusCode(201).extract().path("url");
    }

    public static String eigenschap(String zaak, String eigenschap, String waarde) {
        return admin(Map.of("zaak", zaak, "eigenschap", eigenschap, "waarde", waarde))
                .post(path(zaak) + "/zaakeigenschappen").then().statusCode(201).extract().path("url");
    }

    /** A catalogus domein (at most 5 characters) that hardly repeats: domein and rsin are unique together. */
    private static String catalogusDomein(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
    }
}
