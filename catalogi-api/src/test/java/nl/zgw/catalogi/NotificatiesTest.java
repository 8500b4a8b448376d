package nl.zgw.catalogi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Notifications via the outbox on kanalen zaaktypen, informatieobjecttypen, besluittypen (kenmerk catalogus). */
@QuarkusTest
class NotificatiesTest {

    @Inject
    AgroalDataSource dataSource;

    @InjectWireMock
    WireMockServer wm;

    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> outbox(String hoofdObject) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kanaal, payload FROM zgw_outbox "
                     + "WHERE payload->>'hoofdObject' = ? ORDER BY id")) {
            ps.setString(1, hoofdObject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode payload = mapper.readTree(rs.getString(2));
                    assertEquals(rs.getString(1), payload.get("kanaal").asText());
                    rows.add(payload);
                }
            }
        }
        return rows;
    }

    private static void assertPayload(JsonNode n, String kanaal, String hoofdObject, String resource,
                                      String resourceUrl, String actie, String catalogus) {
        assertEquals(kanaal, n.get("kanaal").asText());
        assertEquals(hoofdObject, n.get("hoofdObject").asText());
        assertEquals(resource, n.get("resource").asText());
        assertEquals(resourceUrl, n.get("resourceUrl").asText());
        assertEquals(actie, n.get("actie").asText());
        assertEquals(Map.of("catalogus", catalogus), new ObjectMapper().convertValue(n.get("kenmerken"), Map.class));
        assertEquals(7, n.size(), n.toString()); // kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken
    }

    @Test
    void zaaktypeLifecycleIsNotified() throws Exception {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(wm, catalogus, unique("N"));
        admin(Map.of("doel", "nieuw doel")).patch(path(zaaktype)).then().statusCode(200);
        publish(zaaktype).then().statusCode(200);
        List<JsonNode> rows = outbox(zaaktype);
        assertEquals(7, rows.size(), rows.toString());
        assertPayload(rows.get(0), "zaaktypen", zaaktype, "zaaktype", zaaktype, "create", catalogus);
        assertPayload(rows.get(1), "zaaktypen", zaaktype, "statustype", rows.get(1).get("resourceUrl").asText(),
                "create", catalogus);
        assertEquals("roltype", rows.get(3).get("resource").asText());
        assertEquals("resultaattype", rows.get(4).get("resource").asText());
        assertPayload(rows.get(5), "zaaktypen", zaaktype, "zaaktype", zaaktype, "partial_update", catalogus);
        assertPayload(rows.get(6), "zaaktypen", zaaktype, "zaaktype", zaaktype, "publish", catalogus);
    }

    @Test
    void informatieobjecttypeAndBesluittype() throws Exception {
        String catalogus = catalogus();
        String iot = iot(catalogus, unique("NI"));
        as(admin()).delete(path(iot)).then().statusCode(204);
        List<JsonNode> rows = outbox(iot);
        assertEquals(2, rows.size());
        assertPayload(rows.get(0), "informatieobjecttypen", iot, "informatieobjecttype", iot, "create", catalogus);
        assertPayload(rows.get(1), "informatieobjecttypen", iot, "informatieobjecttype", iot, "destroy", catalogus);
        String bt = besluittype(catalogus, unique("NB"));
        publish(bt).then().statusCode(200);
        rows = outbox(bt);
        assertEquals(2, rows.size());
        assertPayload(rows.get(0), "besluittypen", bt, "besluittype", bt, "create", catalogus);
        assertPayload(rows.get(1), "besluittypen", bt, "besluittype", bt, "publish", catalogus);
    }

    @Test
    void failedWriteLeavesNoNotification() throws Exception {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("NF"));
        admin(Map.of("eindeGeldigheid", "2000-01-01")).patch(path(zaaktype)).then().statusCode(400);
        assertEquals(1, outbox(zaaktype).size());
    }

    /**
     * The write fails at commit, AFTER its notification was queued: a deferred constraint trigger refuses the outbox
     * rows of one catalogus. Neither the zaaktype nor its notification may remain.
     */
    @Test
    void aWriteRolledBackAfterItsNotificationWasQueuedLeavesNoOutboxRow() throws Exception {
        String catalogus = catalogus();
        exec("CREATE OR REPLACE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'test: the commit is refused after the notification was queued'; END $$");
        exec("CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON zgw_outbox DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW WHEN (NEW.payload->'kenmerken'->>'catalogus' = '" + catalogus + "')"
                + " EXECUTE FUNCTION test_fail_at_commit()");
        try {
            admin(zaaktypeBody(catalogus, unique("NR"))).post(ROOT + "/zaaktypen").then().statusCode(500);
        } finally {
            exec("DROP TRIGGER IF EXISTS test_fail_at_commit ON zgw_outbox");
        }
        as(admin()).get(ROOT + "/zaaktypen?status=alles&catalogus=" + catalogus).then().statusCode(200)
                .body("count", org.hamcrest.Matchers.equalTo(0));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*) FROM zgw_outbox WHERE payload->'kenmerken'->>'catalogus' = ?")) {
            ps.setString(1, catalogus);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    private void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
