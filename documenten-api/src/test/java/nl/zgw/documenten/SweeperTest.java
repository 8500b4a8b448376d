package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import nl.zgw.documenten.content.ContentStore;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.service.Sweeper;
import org.junit.jupiter.api.Test;

/** Content first, metadata second: orphans and abandoned uploads are swept; a client crashing mid-body leaves nothing. */
@QuarkusTest
class SweeperTest {


    @Inject
    Sweeper sweeper;

    @Inject
    ContentStores stores;

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSweeperRemovesUnknownContentAndUploadsButKeepsKnownContent() throws IOException {
        byte[] known = DownloadTest.unique(64);
        String url = Fixtures.document(informatieobjecttype("openbaar"), known);
        ContentStore store = stores.current();
        ContentStore.StoredContent orphan = store.put(new ByteArrayInputStream(DownloadTest.unique(32)));
        String upload = store.startUpload();
        assertTrue(sweeper.sweep(Instant.now().plusSeconds(5)) >= 2);
        assertFalse(store.keysOlderThan(Instant.now().plusSeconds(5)).contains(orphan.key()));
        assertFalse(store.uploadsOlderThan(Instant.now().plusSeconds(5)).contains(upload));
        as(admin()).accept("*/*").get(url + "/download").then().statusCode(200);
    }

    @Test
    void theSweeperLeavesYoungContentAlone() throws IOException {
        ContentStore.StoredContent young = stores.current().put(new ByteArrayInputStream(DownloadTest.unique(16)));
        sweeper.sweep(Instant.now().minusSeconds(3600));
        assertTrue(stores.current().keysOlderThan(Instant.now().plusSeconds(5)).contains(young.key()));
        stores.current().delete(young.key());
    }

    @Test
    void aClientThatCrashesMidBodyLeavesNoDocumentAndNoBytes() throws Exception {
        String type = informatieobjecttype("openbaar");
        String bron = Fixtures.rsin();
        long before = files();
        String head = "{\"bronorganisatie\":\"" + bron + "\",\"creatiedatum\":\"2024-01-01\",\"titel\":\"t\","
                + "\"auteur\":\"a\",\"taal\":\"nld\",\"informatieobjecttype\":\"" + type + "\",\"inhoud\":\"";
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST " + ROOT + "/enkelvoudiginformatieobjecten HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + admin() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10000000\r\n\r\n" + head).getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "QUFBQUFBQUFBQUFB".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.flush();
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(before, files()));
        as(admin()).queryParam("bronorganisatie", bron).get(ROOT + "/enkelvoudiginformatieobjecten").then()
                .statusCode(200).body("count", org.hamcrest.Matchers.equalTo(0));
    }

    /** Files in the store (objects and temporary files of writes in progress). */
    static long files() throws IOException {
        try (Stream<Path> all = Files.walk(TempStorageResource.root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
