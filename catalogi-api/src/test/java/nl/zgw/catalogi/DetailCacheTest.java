package nl.zgw.catalogi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;

/**
 * Cached details are not served stale: a local write retires them at once, a write on another replica (simulated
 * here by changing the row and bumping the catalogue revision in the database) within the revision interval.
 */
@QuarkusTest
class DetailCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLocalWriteIsSeenAtOnce() {
        String zaaktype = zaaktype(catalogus(), unique("DC"));
        as(admin()).get(path(zaaktype)).then().body("doel", equalTo("doel"));
        admin(Map.of("doel", "nieuw")).patch(path(zaaktype)).then().statusCode(200);
        as(admin()).get(path(zaaktype)).then().body("doel", equalTo("nieuw"));
    }

    @Test
    void aWriteOnAnotherReplicaIsSeenAtOnce() throws Exception {
        String zaaktype = zaaktype(catalogus(), unique("DCR"));
        as(admin()).get(path(zaaktype)).then().body("doel", equalTo("doel"));
        String uuid = zaaktype.substring(zaaktype.lastIndexOf('/') + 1);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE zaaktype SET data = jsonb_set(data, '{doel}', '\"elders gewijzigd\"') "
                    + "WHERE uuid = '" + uuid + "'");
            st.executeUpdate("UPDATE catalogi_revisie SET revisie = revisie + 1 WHERE id = 1");
        }
        // the revision is re-read at most once per zgw.catalogi.cache.revisie-interval (1 s)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> "elders gewijzigd".equals(as(admin()).get(path(zaaktype)).path("doel")));
    }
}
