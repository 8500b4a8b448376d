package nl.zgw.documenten;

import static nl.zgw.documenten.BestandsdelenTest.putDeel;
import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.body;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import nl.zgw.documenten.content.ContentStores;
import nl.zgw.documenten.persistence.DocumentRepository;
import nl.zgw.documenten.service.Sweeper;
import org.junit.jupiter.api.Test;

/**
 * unlock joins the bestandsdelen (the store removes the parts) before its transaction commits the joined key. A
 * crash, or a failed commit, in between leaves the document with its pending upload and every part voltooid, the
 * parts gone and the joined object unnamed. The joined object must survive the sweeper and a repeated unlock must
 * complete the document with exactly those bytes (it answered 503 for ever: the store had no parts left).
 */
@QuarkusTest
class UnlockAfterACrashTest {

    @Inject
    ContentStores stores;

    @Inject
    DocumentRepository documents;

    @Inject
    Sweeper sweeper;

    @Test
    void anUnlockRepeatedAfterACrashBetweenTheJoinAndTheCommitCompletesTheDocument() throws Exception {
        byte[] inhoud = DownloadTest.unique(2500);
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("bestandsomvang", inhoud.length);
        JsonPath created = admin(b).post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .extract().jsonPath();
        String url = created.getString("url");
        String lock = created.getString("lock");
        List<String> delen = created.getList("bestandsdelen.url");
        for (int i = 0; i < delen.size(); i++) {
            putDeel(delen.get(i), Arrays.copyOfRange(inhoud, i * 1000, Math.min(inhoud.length, (i + 1) * 1000)),
                    lock).statusCode(200);
        }
        UUID uuid = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        String upload = QuarkusTransaction.requiringNew().call(() -> documents.byUuid(uuid).orElseThrow().uploadId);

        // the first unlock's join, then the crash: nothing of it reached the database
        StoredContent joined = stores.current().completeUpload(upload, delen.size());

        // no half document: the metadata still has the upload pending and no content
        as(admin()).get(url).then().statusCode(200).body("locked", equalTo(true)).body("inhoud", nullValue())
                .body("bestandsdelen", hasSize(3)).body("bestandsdelen.voltooid", equalTo(List.of(true, true, true)));
        // the joined object belongs to the pending upload: not an orphan, even when old enough
        sweeper.sweep(Instant.now().plusSeconds(5));

        admin(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
        as(admin()).get(url).then().statusCode(200).body("locked", equalTo(false)).body("bestandsdelen", hasSize(0))
                .body("bestandsomvang", equalTo(2500));
        assertArrayEquals(inhoud, as(admin()).accept("*/*").get(url + "/download").then().statusCode(200)
                .extract().asByteArray());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        assertEquals(sha, joined.sha256());
        String stored = QuarkusTransaction.requiringNew().call(() -> documents.latest(uuid).orElseThrow().contentKey);
        assertEquals(joined.key(), stored);
    }
}
