package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kanaal zaken (standard §3.4): create, update, partial_update and destroy of a zaak, with its kenmerken. */
@QuarkusTest
class ZaakNotificatiesTest {

    @Inject
    AgroalDataSource dataSource;

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

    private static void assertPayload(JsonNode n, String zaak, String actie, String zaaktype, String level) {
        assertEquals("zaken", n.get("kanaal").asText());
        assertEquals(zaak, n.get("hoofdObject").asText());
        assertEquals("zaak", n.get("resource").asText());
        assertEquals(zaak, n.get("resourceUrl").asText());
        assertEquals(actie, n.get("actie").asText());
        assertEquals(Map.of("bronorganisatie", "517439943", "zaaktype", zaaktype, "vertrouwelijkheidaanduiding",
                level), new ObjectMapper().convertValue(n.get("kenmerken"), Map.class));
        assertEquals(7, n.size(), n.toString());
    }

    @Test
    void everyWriteOfAZaakIsNotifiedWithItsKenmerken() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url(), "intern");
        Map<String, Object> put = zaakBody(zt.url());
        put.put("vertrouwelijkheidaanduiding", "geheim");
        Fixtures.admin(put).put(path(zaak)).then().statusCode(200);
        Fixtures.admin(Map.of("omschrijving", "nieuw")).patch(path(zaak)).then().statusCode(200);
        as(admin()).delete(path(zaak)).then().statusCode(204);
        List<JsonNode> rows = outbox(zaak);
        assertEquals(4, rows.size(), rows.toString());
        assertPayload(rows.get(0), zaak, "create", zt.url(), "intern");
        assertPayload(rows.get(1), zaak, "update", zt.url(), "geheim");
        assertPayload(rows.get(2), zaak, "partial_update", zt.url(), "geheim");
        assertPayload(rows.get(3), zaak, "destroy", zt.url(), "geheim");
    }

    private List<String> audit(String hoofdObject) throws Exception {
        List<String> acties = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT actie, resource, resource_url, resultaat FROM"
                     + " zgw_audittrail WHERE hoofd_object = ? ORDER BY aanmaakdatum")) {
            ps.setString(1, hoofdObject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertEquals("zaak", rs.getString(2));
                    assertEquals(hoofdObject, rs.getString(3));
                    acties.add(rs.getString(1) + " " + rs.getInt(4));
                }
            }
        }
        return acties;
    }

    @Test
    void everyWriteIsAuditedAndTheAuditTrailGoesWithTheZaak() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        Fixtures.admin(zaakBody(zt.url())).put(path(zaak)).then().statusCode(200);
        Fixtures.admin(Map.of("omschrijving", "nieuw")).patch(path(zaak)).then().statusCode(200);
        assertEquals(List.of("create 201", "update 200", "partial_update 200"), audit(zaak));
        as(admin()).delete(path(zaak)).then().statusCode(204);
        assertEquals(List.of(), audit(zaak));
    }

    @Test
    void aRefusedWriteLeavesNoNotification() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        Fixtures.admin(Map.of("identificatie", "ANDERS")).patch(path(zaak)).then().statusCode(400);
        assertEquals(1, outbox(zaak).size());
    }
}
