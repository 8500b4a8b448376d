package nl.zgw.documenten;

import static io.restassured.RestAssured.given;
import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.body;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Upload in parts: bestandsomvang without inhoud, PUT /bestandsdelen/{uuid}, unlock completes (chunk size 1000 in tests). */
@QuarkusTest
class BestandsdelenTest {


    static io.restassured.response.ValidatableResponse putDeel(String url, byte[] bytes, String lock) {
        return given().header("Authorization", admin()).accept("application/json")
                .multiPart("inhoud", "deel.bin", bytes, "application/octet-stream").multiPart("lock", lock)
                .put(url).then();
    }

    @Test
    void theWholeFlowJoinsThePartsIntoTheContent() {
        byte[] inhoud = DownloadTest.unique(2500);
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("bestandsomvang", inhoud.length);
        JsonPath created = admin(b).post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .body("locked", equalTo(true)).body("lock", matchesPattern("[0-9a-f]{32}"))
                .body("inhoud", nullValue())
                .body("bestandsdelen", hasSize(3))
                .body("bestandsdelen.volgnummer", equalTo(List.of(1, 2, 3)))
                .body("bestandsdelen.omvang", equalTo(List.of(1000, 1000, 500)))
                .body("bestandsdelen.voltooid", equalTo(List.of(false, false, false)))
                .extract().jsonPath();
        String url = created.getString("url");
        String lock = created.getString("lock");
        List<String> delen = created.getList("bestandsdelen.url");
        putDeel(delen.get(0), Arrays.copyOfRange(inhoud, 0, 1000), lock).statusCode(200)
                .body("voltooid", equalTo(true)).body("volgnummer", equalTo(1));
        putDeel(delen.get(2), Arrays.copyOfRange(inhoud, 2000, 2500), lock).statusCode(200);
        admin(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("incomplete-upload"));
        putDeel(delen.get(1), Arrays.copyOfRange(inhoud, 1000, 2000), lock).statusCode(200);
        as(admin()).get(url).then().body("bestandsdelen.voltooid", equalTo(List.of(true, true, true)));
        admin(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
        as(admin()).get(url).then().statusCode(200).body("locked", equalTo(false)).body("bestandsdelen", hasSize(0))
                .body("bestandsomvang", equalTo(2500));
        assertArrayEquals(inhoud, as(admin()).accept("*/*").get(url + "/download").then().statusCode(200)
                .extract().asByteArray());
    }

    @Test
    void aPartOfTheWrongSizeIsFileSizeAndAWrongLockIsRefused() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("bestandsomvang", 1500);
        JsonPath created = admin(b).post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .extract().jsonPath();
        String deel = created.getString("bestandsdelen[0].url");
        putDeel(deel, new byte[999], created.getString("lock")).statusCode(400)
                .body("invalidParams.findAll { it.name == 'inhoud' }.code", hasItem("file-size"));
        putDeel(deel, new byte[1000], "fout").statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("incorrect-lock-id"));
    }

    @Test
    void anUpdateWithANewBestandsomvangStartsANewUploadForTheNewVersie() {
        String type = informatieobjecttype("openbaar");
        String url = Fixtures.document(type, DownloadTest.unique(10));
        String lock = Fixtures.lock(url);
        byte[] nieuw = DownloadTest.unique(1200);
        JsonPath patched = admin(Map.of("bestandsomvang", nieuw.length, "inhoud", "", "lock", lock)).patch(url)
                .then().statusCode(200).body("versie", equalTo(2)).body("bestandsdelen", hasSize(2))
                .extract().jsonPath();
        putDeel(patched.getString("bestandsdelen[0].url"), Arrays.copyOfRange(nieuw, 0, 1000), lock).statusCode(200);
        putDeel(patched.getString("bestandsdelen[1].url"), Arrays.copyOfRange(nieuw, 1000, 1200), lock)
                .statusCode(200);
        admin(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
        assertArrayEquals(nieuw, as(admin()).accept("*/*").get(url + "/download").then().statusCode(200)
                .extract().asByteArray());
        as(admin()).accept("*/*").get(url + "/download?versie=1").then().statusCode(200)
                .header("Content-Length", "10");
    }
}
