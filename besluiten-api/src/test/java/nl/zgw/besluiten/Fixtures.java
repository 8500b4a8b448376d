package nl.zgw.besluiten;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.services.ZgwServices;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * Test data built through the APIs themselves: catalogue types in the real Catalogi API and documents in the real
 * Documenten API (both started by {@link BesluitenTestResources}), besluiten here. Every call makes fresh, unique
 * data.
 */
public final class Fixtures {

    public static final String ROOT = "/besluiten/api/v1";

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

    /** The path of one of this service's URLs (RestAssured's base URI is this service). */
    public static String path(String url) {
        return url.substring(url.indexOf(ROOT));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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

    // ---- the Catalogi API (a real one, its own process) ----

    public static RequestSpecification catalogi() {
        return given().baseUri(ZgwServices.url("catalogi")).header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String catalogus() {
        Map<String, Object> m = new HashMap<>();
        m.put("domein", catalogusDomein("B"));
        m.put("rsin", rsin());
        m.put("contactpersoonBeheerNaam", "Beheerder");
        return catalogi().body(m).post("/catalogussen").then().statusCode(201).extract().path("url");
    }

    /** A published informatieobjecttype of {@code catalogus}. */
    public static String informatieobjecttype(String catalogus, String omschrijving) {
        Map<String, Object> m = new HashMap<>();
        m.put("catalogus", catalogus);
        m.put("omschrijving", omschrijving);
        m.put("vertrouwelijkheidaanduiding", "openbaar");
        m.put("beginGeldigheid", "2024-01-01");
        m.put("informatieobjectcategorie", "besluit");
        String url = catalogi().body(m).post("/informatieobjecttypen").then().statusCode(201).extract().path("url");
        publish(url);
        return url;
    }

    /** A besluittype of {@code catalogus} whose documents may be of the informatieobjecttypen named. */
    public static String besluittype(String catalogus, boolean published, String... iotOmschrijvingen) {
        Map<String, Object> m = new HashMap<>();
        m.put("catalogus", catalogus);
        m.put("omschrijving", unique("Vergunning"));
        m.put("publicatieIndicatie", false);
        m.put("informatieobjecttypen", new ArrayList<>(List.of(iotOmschrijvingen)));
        m.put("beginGeldigheid", "2024-01-01");
        String url = catalogi().body(m).post("/besluittypen").then().statusCode(201).extract().path("url");
        if (published) {
            publish(url);
        }
        return url;
    }

    /** A published besluittype in a catalogue of its own. */
    public static String besluittype() {
        return besluittype(catalogus(), true);
    }

    static void publish(String url) {
        catalogi().post(url.substring(url.indexOf("/catalogi/api/v1") + "/catalogi/api/v1".length()) + "/publish")
                .then().statusCode(200);
    }

    // ---- the Documenten API (a real one, its own process) ----

    public static RequestSpecification documenten() {
        return given().baseUri(ZgwServices.url("documenten")).header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** An enkelvoudiginformatieobject of this informatieobjecttype, with a small content. */
    public static String document(String informatieobjecttype) {
        Map<String, Object> m = new HashMap<>();
        m.put("bronorganisatie", rsin());
        m.put("creatiedatum", LocalDate.now().toString());
        m.put("titel", unique("brc"));
        m.put("auteur", "brc-test");
        m.put("taal", "nld");
        m.put("informatieobjecttype", informatieobjecttype);
        m.put("vertrouwelijkheidaanduiding", "openbaar");
        m.put("formaat", "text/plain");
        m.put("bestandsnaam", "besluit.txt");
        m.put("inhoud", Base64.getEncoder().encodeToString("besluit".getBytes(StandardCharsets.UTF_8)));
        return documenten().body(m).post("/enkelvoudiginformatieobjecten").then().statusCode(201).extract()
                .path("url");
    }

    /** The objectinformatieobjecten of a document at the Documenten API, as {object, objectType}. */
    public static List<Map<String, String>> mirrors(String document) {
        List<Map<String, String>> all = documenten().queryParam("informatieobject", document)
                .get("/objectinformatieobjecten").then().statusCode(200).extract().path("$");
        return all.stream().map(o -> Map.of("object", o.get("object"), "objectType", o.get("objectType"))).toList();
    }

    /**
     * A published besluittype whose documents may be of one published informatieobjecttype (brc-008), that
     * informatieobjecttype, and one of the same catalogue the besluittype does not allow.
     */
    public record Typen(String besluittype, String informatieobjecttype, String anderInformatieobjecttype) {
    }

    public static Typen typen() {
        String catalogus = catalogus();
        String omschrijving = unique("Besluitbrief");
        String iot = informatieobjecttype(catalogus, omschrijving);
        String ander = informatieobjecttype(catalogus, unique("Anders"));
        return new Typen(besluittype(catalogus, true, omschrijving), iot, ander);
    }

    // ---- besluiten ----

    public static Map<String, Object> besluitBody(String besluittype) {
        Map<String, Object> m = new HashMap<>();
        m.put("verantwoordelijkeOrganisatie", rsin());
        m.put("besluittype", besluittype);
        m.put("datum", LocalDate.now().minusDays(1).toString());
        m.put("ingangsdatum", LocalDate.now().toString());
        return m;
    }

    public static String besluit(String besluittype) {
        return admin(besluitBody(besluittype)).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
    }

    /** A catalogus domein (at most 5 characters) that hardly repeats: domein and rsin are unique together. */
    private static String catalogusDomein(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
    }
}
