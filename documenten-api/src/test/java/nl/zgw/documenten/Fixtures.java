package nl.zgw.documenten;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.services.ZgwServices;

/** Test data built through the API itself; every call makes fresh, unique data. */
public final class Fixtures {

    public static final String ROOT = "/documenten/api/v1";

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

    private static String catalogus;

    /** A published informatieobjecttype of the real Catalogi API (started by ZgwServices), with this level. */
    public static String informatieobjecttype(String vertrouwelijkheid) {
        return informatieobjecttype(vertrouwelijkheid, false);
    }

    /** An informatieobjecttype of the real Catalogi API; published unless {@code concept}. */
    public static synchronized String informatieobjecttype(String vertrouwelijkheid, boolean concept) {
        String ztc = ZgwServices.url("catalogi");
        String bearer = ZgwServices.bearer("admin");
        if (catalogus == null) {
            catalogus = given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Map.of("domein", catalogusDomein("D"), "rsin", rsin(),
                            "contactpersoonBeheerNaam", "Beheerder"))
                    .post(ztc + "/catalogussen").then().statusCode(201).extract().path("url");
        }
        String url = given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("catalogus", catalogus, "omschrijving", "Brief " + UUID.randomUUID(),
                        "vertrouwelijkheidaanduiding", vertrouwelijkheid, "beginGeldigheid", "2024-01-01",
                        "informatieobjectcategorie", "brief"))
                .post(ztc + "/informatieobjecttypen").then().statusCode(201).extract().path("url");
        if (!concept) {
            given().header("Authorization", bearer).contentType(ContentType.JSON).post(url + "/publish").then()
                    .statusCode(200);
        }
        return url;
    }

    /** The minimal valid body of a document of {@code type}, with {@code inhoud} as base64 when given. */
    public static Map<String, Object> body(String type, byte[] inhoud) {
        Map<String, Object> b = new HashMap<>();
        b.put("bronorganisatie", rsin());
        b.put("creatiedatum", "2024-05-01");
        b.put("titel", "Aanvraag " + UUID.randomUUID());
        b.put("auteur", "Tester");
        b.put("taal", "nld");
        b.put("informatieobjecttype", type);
        if (inhoud != null) {
            b.put("inhoud", Base64.getEncoder().encodeToString(inhoud));
        }
        return b;
    }

    /** Creates a document and answers its URL. */
    public static String document(String type, byte[] inhoud) {
        return admin(body(type, inhoud)).post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .extract().path("url");
    }

    public static String lock(String url) {
        return as(admin()).post(url + "/lock").then().statusCode(200).extract().path("lock");
    }

    public static void unlock(String url, String lock) {
        admin(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
    }

    public static String uuid(String url) {
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

    /** A catalogus domein (at most 5 characters) that hardly repeats: domein and rsin are unique together. */
    private static String catalogusDomein(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
    }
}
