package nl.zgw.documenten;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.zgw.common.testfixtures.TestAutorisaties;

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

    /** A published informatieobjecttype served by the Catalogi stand-in, with this vertrouwelijkheidaanduiding. */
    public static String informatieobjecttype(WireMockServer catalogi, String vertrouwelijkheid) {
        return informatieobjecttype(catalogi, vertrouwelijkheid, false);
    }

    public static String informatieobjecttype(WireMockServer catalogi, String vertrouwelijkheid, boolean concept) {
        String uuid = UUID.randomUUID().toString();
        String path = "/catalogi/api/v1/informatieobjecttypen/" + uuid;
        String url = catalogi.baseUrl() + path;
        String catalogus = catalogi.baseUrl() + "/catalogi/api/v1/catalogussen/" + UUID.randomUUID();
        catalogi.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"url\":\"" + url + "\",\"catalogus\":\"" + catalogus + "\",\"omschrijving\":\"Brief\","
                        + "\"vertrouwelijkheidaanduiding\":\"" + vertrouwelijkheid + "\",\"concept\":" + concept
                        + ",\"beginGeldigheid\":\"2020-01-01\",\"informatieobjectcategorie\":\"brief\"}")));
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
}
