package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.body;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GET .../download: streamed bytes, versie, Range (206/416) and the SHA-256 check of stored content. */
@QuarkusTest
class DownloadTest {


    static byte[] unique(int size) {
        byte[] b = new byte[size];
        new java.util.Random(UUID.randomUUID().getMostSignificantBits()).nextBytes(b);
        return b;
    }

    @Test
    void downloadAnswersTheExactBytesWithLengthAndOctetStream() {
        byte[] inhoud = unique(100_000);
        String url = document(informatieobjecttype("openbaar"), inhoud);
        byte[] got = as(admin()).accept("*/*").get(url + "/download").then().statusCode(200)
                .header("Content-Type", equalTo("application/octet-stream"))
                .header("Content-Length", String.valueOf(inhoud.length))
                .header("Accept-Ranges", "bytes").extract().asByteArray();
        assertArrayEquals(inhoud, got);
    }

    @Test
    void rangeRequestsAnswer206WithTheRequestedBytes() {
        byte[] inhoud = unique(5000);
        String url = document(informatieobjecttype("openbaar"), inhoud);
        byte[] part = as(admin()).accept("*/*").header("Range", "bytes=100-199").get(url + "/download").then()
                .statusCode(206).header("Content-Range", "bytes 100-199/5000").header("Content-Length", "100")
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(inhoud, 100, 200), part);
        byte[] tail = as(admin()).accept("*/*").header("Range", "bytes=-10").get(url + "/download").then()
                .statusCode(206).header("Content-Range", "bytes 4990-4999/5000").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(inhoud, 4990, 5000), tail);
        byte[] rest = as(admin()).accept("*/*").header("Range", "bytes=4000-").get(url + "/download").then()
                .statusCode(206).header("Content-Range", "bytes 4000-4999/5000").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(inhoud, 4000, 5000), rest);
    }

    @Test
    void unsatisfiableRangeIs416() {
        String url = document(informatieobjecttype("openbaar"), unique(10));
        as(admin()).accept("*/*").header("Range", "bytes=10-20").get(url + "/download").then().statusCode(416)
                .header("Content-Range", "bytes */10");
    }

    @Test
    void aDocumentWithoutInhoudHasNoDownload() {
        String url = document(informatieobjecttype("openbaar"), null);
        as(admin()).accept("*/*").get(url + "/download").then().statusCode(404);
    }

    @Test
    void storedBytesThatNoLongerMatchTheirSha256AreRefused() throws IOException {
        byte[] inhoud = unique(4096);
        String url = document(informatieobjecttype("openbaar"), inhoud);
        Path file = stored(inhoud);
        byte[] changed = inhoud.clone();
        changed[0] ^= 1;
        Files.write(file, changed);
        as(admin()).accept("*/*").get(url + "/download").then().statusCode(409)
                .body("code", equalTo("inhoud-corrupt"));
        as(admin()).accept("*/*").get(url + "/download").then().statusCode(409)
                .body("code", equalTo("inhoud-corrupt"));
    }

    @Test
    void downloadOfAnEarlierVersie() {
        String type = informatieobjecttype("openbaar");
        byte[] een = unique(10);
        String url = document(type, een);
        String lock = Fixtures.lock(url);
        Map<String, Object> put = body(type, unique(20));
        put.put("lock", lock);
        admin(put).put(url).then().statusCode(200);
        assertArrayEquals(een, as(admin()).accept("*/*").get(url + "/download?versie=1").then().statusCode(200)
                .extract().asByteArray());
        as(admin()).accept("*/*").get(url + "/download").then().statusCode(200).header("Content-Length", "20");
    }

    /** The stored file holding exactly these (unique) bytes. */
    static Path stored(byte[] inhoud) throws IOException {
        try (Stream<Path> files = Files.walk(TempStorageResource.root.resolve("objects"))) {
            return files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.size(p) == inhoud.length && Arrays.equals(Files.readAllBytes(p), inhoud);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
    }
}
