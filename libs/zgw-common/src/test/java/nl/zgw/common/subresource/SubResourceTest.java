package nl.zgw.common.subresource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.events.OutboxRelay;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sub-resource base over HTTP and PostgreSQL ({@link TestDelenResource}): lookup through the hoofdobject's
 * autorisatie (404, 403), the list limited by the hoofdobject predicate, and every write recorded in the
 * hoofdobject's audit trail and notified with its kenmerken, in the write's transaction. The outbox relay is paused
 * so the rows stay to be looked at.
 */
@QuarkusTest
class SubResourceTest {

    static final String ZT = "http://zt.example.nl/zaaktypen/deel";
    static final String ANDER = "http://zt.example.nl/zaaktypen/ander";
    static final String DELEN = "/test/api/v1/delen";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelay relay;

    final ObjectMapper mapper = new ObjectMapper();
    final String schrijver = TestAutorisaties.client("deel-schrijver")
            .zaaktype(ZT, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, TestHoofdobject.LEZEN, TestHoofdobject.BIJWERKEN,
                    "audittrails.lezen").bearer();

    @BeforeEach
    void pauseRelay() {
        relay.pauseFor(Duration.ofMinutes(1));
    }

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    @Test
    void createIsAuditedInTheHoofdobjectsTrailAndNotifiedWithItsKenmerken() throws Exception {
        UUID hoofd = hoofd(ZT, "proef");
        String url = given().header("Authorization", schrijver).contentType("application/json")
                .body(Map.of("hoofd", hoofd.toString(), "tekst", "eerste")).post(DELEN)
                .then().statusCode(201).body("tekst", equalTo("eerste")).extract().path("url");

        given().header("Authorization", schrijver).get("/test/api/v1/audited/" + hoofd + "/audittrail")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].actie", equalTo("create"))
                .body("[0].resultaat", equalTo(201))
                .body("[0].hoofdObject", endsWith("/audited/" + hoofd))
                .body("[0].resource", equalTo("deel"))
                .body("[0].resourceUrl", equalTo(url))
                .body("[0].resourceWeergave", equalTo("deel eerste"))
                .body("[0].wijzigingen.oud", nullValue())
                .body("[0].wijzigingen.nieuw.tekst", equalTo("eerste"));
        List<JsonNode> rows = outbox(hoofd);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("deel", rows.get(0).get("resource").asText());
        assertEquals(url, rows.get(0).get("resourceUrl").asText());
        assertEquals("create", rows.get(0).get("actie").asText());
        assertEquals(Map.of("soort", "proef"), mapper.convertValue(rows.get(0).get("kenmerken"), Map.class));
    }

    @Test
    void updateAndDeleteRecordTheRepresentationBeforeAndAfter() throws Exception {
        UUID hoofd = hoofd(ZT, "proef");
        String url = deel(hoofd, "voor");
        given().header("Authorization", schrijver).contentType("application/json").body(Map.of("tekst", "na"))
                .put(url).then().statusCode(200).body("tekst", equalTo("na"));
        given().header("Authorization", schrijver).delete(url).then().statusCode(204);
        given().header("Authorization", schrijver).get(url).then().statusCode(404);

        given().header("Authorization", schrijver).get("/test/api/v1/audited/" + hoofd + "/audittrail")
                .then().statusCode(200).body("actie", contains("create", "update", "destroy"))
                .body("[1].wijzigingen.oud.tekst", equalTo("voor"))
                .body("[1].wijzigingen.nieuw.tekst", equalTo("na"))
                .body("[2].resultaat", equalTo(204))
                .body("[2].wijzigingen.oud.tekst", equalTo("na"))
                .body("[2].wijzigingen.nieuw", nullValue());
        assertEquals(List.of("create", "update", "destroy"),
                outbox(hoofd).stream().map(n -> n.get("actie").asText()).toList());
    }

    @Test
    void theHoofdobjectsAutorisatieDecidesLookupListAndWrites() {
        UUID eigen = hoofd(ZT, "proef");
        UUID vreemd = hoofd(ANDER, "proef");
        String zichtbaar = deel(eigen, "zichtbaar");
        String admin = TestAutorisaties.superuser("deel-admin").bearer();
        String onzichtbaar = given().header("Authorization", admin).contentType("application/json")
                .body(Map.of("hoofd", vreemd.toString(), "tekst", "onzichtbaar")).post(DELEN)
                .then().statusCode(201).extract().path("url");

        given().header("Authorization", schrijver).get(onzichtbaar).then().statusCode(403);
        given().header("Authorization", schrijver).contentType("application/json").body(Map.of("tekst", "x"))
                .put(onzichtbaar).then().statusCode(403);
        given().header("Authorization", schrijver).delete(onzichtbaar).then().statusCode(403);
        given().header("Authorization", schrijver).get(DELEN + "/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", schrijver).queryParam("tekst", "zichtbaar").get(DELEN)
                .then().statusCode(200).body("count", equalTo(1)).body("results.url", contains(zichtbaar));
        given().header("Authorization", schrijver).queryParam("tekst", "onzichtbaar").get(DELEN)
                .then().statusCode(200).body("count", equalTo(0));
        String lezer = TestAutorisaties.client("deel-lezer")
                .zaaktype(ZT, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, TestHoofdobject.LEZEN).bearer();
        given().header("Authorization", lezer).get(zichtbaar).then().statusCode(200);
    }

    @Test
    void aDeleteRefusedByItsRuleAndARolledBackCreateLeaveNothing() throws Exception {
        UUID hoofd = hoofd(ZT, "proef");
        String vast = deel(hoofd, "vast");
        given().header("Authorization", schrijver).delete(vast).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'tekst' }.code", hasItem("vast"));
        given().header("Authorization", schrijver).get(vast).then().statusCode(200);

        UUID leeg = hoofd(ZT, "proef");
        given().header("Authorization", schrijver).contentType("application/json")
                .body(Map.of("hoofd", leeg.toString(), "tekst", "weg")).post(DELEN + "?fail=true")
                .then().statusCode(400).body("invalidParams.findAll { it.name == 'tekst' }.code", hasItem("invalid"));
        given().header("Authorization", schrijver).get("/test/api/v1/audited/" + leeg + "/audittrail")
                .then().statusCode(200).body("", empty());
        assertEquals(List.of(), outbox(leeg));
        assertEquals(List.of("create"), outbox(hoofd).stream().map(n -> n.get("actie").asText()).toList());
    }

    @Test
    void theWeergaveIsCutToWhatTheAuditTrailHolds() {
        UUID hoofd = hoofd(ZT, "proef");
        deel(hoofd, "x".repeat(250));
        given().header("Authorization", schrijver).get("/test/api/v1/audited/" + hoofd + "/audittrail")
                .then().statusCode(200).body("[0].resourceWeergave", equalTo(("deel " + "x".repeat(250)).substring(0, 200)));
    }

    private String deel(UUID hoofd, String tekst) {
        return given().header("Authorization", schrijver).contentType("application/json")
                .body(Map.of("hoofd", hoofd.toString(), "tekst", tekst)).post(DELEN)
                .then().statusCode(201).extract().path("url");
    }

    private UUID hoofd(String zaaktype, String soort) {
        UUID uuid = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO zgw_test_hoofd (uuid, zaaktype,"
                     + " vertrouwelijkheidaanduiding, soort) VALUES (?, ?, 'openbaar', ?)")) {
            ps.setObject(1, uuid);
            ps.setString(2, zaaktype);
            ps.setString(3, soort);
            ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return uuid;
    }

    private List<JsonNode> outbox(UUID hoofd) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT payload::text FROM zgw_outbox"
                     + " WHERE payload->>'hoofdObject' LIKE ? ORDER BY id")) {
            ps.setString(1, "%/audited/" + hoofd);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.readTree(rs.getString(1)));
                }
            }
        }
        return rows;
    }
}
