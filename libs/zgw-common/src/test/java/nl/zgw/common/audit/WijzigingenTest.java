package nl.zgw.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.events.OutboxRelay;
import nl.zgw.common.support.TestKanaal;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One call records a change: the audit trail entry and the outbox notification (kenmerken from the kanaal's
 * declaration, read from the main object) in the caller's transaction, so a rollback after both leaves neither.
 * The relay is paused so the outbox rows stay to be looked at.
 */
@QuarkusTest
class WijzigingenTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelay relay;

    final ObjectMapper mapper = new ObjectMapper();
    final String auth = TestAutorisaties.client("wijziger").zaaktype("http://zt", null,
            "zaken.aanmaken", "audittrails.lezen").bearer();

    @BeforeEach
    void pauseRelay() {
        relay.pauseFor(Duration.ofMinutes(1));
    }

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    private List<JsonNode> outbox(String hoofdObjectPath) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kanaal, payload::text FROM zgw_outbox"
                     + " WHERE payload->>'hoofdObject' LIKE ? ORDER BY id")) {
            ps.setString(1, "%" + hoofdObjectPath);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertEquals(TestKanaal.NAAM, rs.getString(1));
                    rows.add(mapper.readTree(rs.getString(2)));
                }
            }
        }
        return rows;
    }

    @Test
    void recordWritesTheAuditRowAndTheOutboxRow() throws Exception {
        UUID uuid = UUID.randomUUID();
        String path = "/test/api/v1/audited/" + uuid;
        String onderdeel = given().header("Authorization", auth).header("X-Audit-Toelichting", "bij wijze van proef")
                .post(path + "/wijziging").then().statusCode(200).extract().path("url");

        given().header("Authorization", auth).get(path + "/audittrail").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].bron", equalTo("zrc"))
                .body("[0].applicatieId", equalTo("wijziger"))
                .body("[0].actie", equalTo("create"))
                .body("[0].actieWeergave", equalTo("Object aangemaakt"))
                .body("[0].resultaat", equalTo(201))
                .body("[0].hoofdObject", endsWith(path))
                .body("[0].resource", equalTo("onderdeel"))
                .body("[0].resourceUrl", equalTo(onderdeel))
                .body("[0].resourceWeergave", equalTo("onderdeel 1"))
                .body("[0].toelichting", equalTo("bij wijze van proef"))
                .body("[0].wijzigingen.oud", nullValue())
                .body("[0].wijzigingen.nieuw.naam", equalTo("onderdeel"));

        List<JsonNode> rows = outbox(path);
        assertEquals(1, rows.size(), rows.toString());
        JsonNode n = rows.get(0);
        assertEquals(TestKanaal.NAAM, n.get("kanaal").asText());
        assertEquals(onderdeel.substring(0, onderdeel.indexOf("/onderdelen")), n.get("hoofdObject").asText());
        assertEquals("onderdeel", n.get("resource").asText());
        assertEquals(onderdeel, n.get("resourceUrl").asText());
        assertEquals("create", n.get("actie").asText());
        // exactly the kenmerken the kanaal declares (soort), not the other fields of the main object
        assertEquals(Map.of("soort", "proef"), mapper.convertValue(n.get("kenmerken"), Map.class));
    }

    @Test
    void aRollbackAfterTheChangeWasRecordedLeavesNeitherRow() throws Exception {
        UUID uuid = UUID.randomUUID();
        String path = "/test/api/v1/audited/" + uuid;
        given().header("Authorization", auth).post(path + "/wijziging?fail=true").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'naam' }.code", hasItem("invalid"));
        given().header("Authorization", auth).get(path + "/audittrail").then().statusCode(200).body("", empty());
        assertEquals(List.of(), outbox(path));
    }
}
