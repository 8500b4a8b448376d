package nl.zgw.documenten;

import static io.restassured.RestAssured.given;
import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A 50 MB document posted as base64 in JSON, decoded as a stream, downloaded back with the same SHA-256. */
@QuarkusTest
class LargeDocumentTest {

    static final int SIZE = 50 * 1024 * 1024;


    @Test
    void fiftyMegabytesBase64RoundTripWithTheSameSha256() throws Exception {
        byte[] inhoud = new byte[SIZE];
        new Random(42).nextBytes(inhoud);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        String type = informatieobjecttype("openbaar");
        StringBuilder json = new StringBuilder(SIZE * 4 / 3 + 1000);
        json.append("{\"bronorganisatie\":\"").append(Fixtures.rsin()).append("\",\"creatiedatum\":\"2024-01-01\",")
                .append("\"titel\":\"groot\",\"auteur\":\"t\",\"taal\":\"nld\",\"inhoud\":\"")
                .append(Base64.getEncoder().encodeToString(inhoud))
                .append("\",\"informatieobjecttype\":\"").append(type).append("\"}");
        inhoud = null;
        byte[] body = json.toString().getBytes(StandardCharsets.US_ASCII);
        json = null;
        String url = given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .body("bestandsomvang", equalTo(SIZE)).extract().path("url");
        body = null;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (InputStream in = given().header("Authorization", admin()).accept("*/*").get(url + "/download").then()
                .statusCode(200).extract().asInputStream()) {
            byte[] buffer = new byte[65536];
            int r;
            while ((r = in.read(buffer)) > 0) {
                sha.update(buffer, 0, r);
                n += r;
            }
        } catch (IOException e) {
            throw e;
        }
        assertEquals(SIZE, n);
        assertEquals(expected, HexFormat.of().formatHex(sha.digest()));
    }
}
