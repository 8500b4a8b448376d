package nl.zgw.besluiten.sync;

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
import java.util.UUID;

import static nl.zgw.besluiten.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * brc-009 on this side, and what it promises the other sides: deleting a besluit removes its
 * besluitinformatieobjecten here in the same transaction and queues the removal of their objectinformatieobjecten
 * (Documenten API) and of the zaakbesluit (Zaken API). Neither API is on main yet, so the zaak and the relation are
 * put in the database directly and the queued jobs are checked; their other sides are down here, so the jobs stay,
 * with their error, to be retried (never dropped).
 */
@QuarkusTest
class BesluitVerwijderenSynchronisatieTest {

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper mapper = new ObjectMapper();

    private void sql(String statement, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private List<JsonNode> jobs(String besluit) throws Exception {
        List<JsonNode> jobs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT soort, gegevens::text FROM zgw_synchronisatie WHERE sleutel LIKE ? ORDER BY id")) {
            ps.setString(1, "% " + besluit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode n = mapper.readTree(rs.getString(2));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("soort", rs.getString(1));
                    jobs.add(n);
                }
            }
        }
        return jobs;
    }

    @Test
    void brc009DeletingABesluitQueuesTheRemovalOfItsMirrorsAndRemovesItsRelations() throws Exception {
        String url = besluit(besluittype());
        UUID uuid = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        String zaak = "http://localhost:1/zaken/api/v1/zaken/" + UUID.randomUUID();
        String document = "http://localhost:1/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        UUID bio = UUID.randomUUID();
        sql("UPDATE besluit SET zaak = ? WHERE uuid = ?", zaak, uuid);
        sql("INSERT INTO besluitinformatieobject (uuid, besluit_id, informatieobject)"
                + " SELECT ?, id, ? FROM besluit WHERE uuid = ?", bio, document, uuid);
        as(admin()).get(ROOT + "/besluitinformatieobjecten/" + bio).then().statusCode(200);

        as(admin()).delete(path(url)).then().statusCode(204);

        as(admin()).get(ROOT + "/besluitinformatieobjecten/" + bio).then().statusCode(404);
        List<JsonNode> jobs = jobs(url);
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(Map.of("soort", Objectinformatieobjecten.VERWIJDEREN, "informatieobject", document,
                "object", url), mapper.convertValue(jobs.get(0), Map.class));
        assertEquals(Map.of("soort", Zaakbesluiten.VERWIJDEREN, "zaak", zaak, "besluit", url),
                mapper.convertValue(jobs.get(1), Map.class));
        sql("DELETE FROM zgw_synchronisatie WHERE sleutel LIKE ?", "% " + url);
    }

    @Test
    void deletingABesluitinformatieobjectQueuesTheRemovalOfItsMirror() throws Exception {
        String url = besluit(besluittype());
        UUID uuid = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        String document = "http://localhost:1/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        UUID bio = UUID.randomUUID();
        sql("INSERT INTO besluitinformatieobject (uuid, besluit_id, informatieobject)"
                + " SELECT ?, id, ? FROM besluit WHERE uuid = ?", bio, document, uuid);

        as(admin()).delete(ROOT + "/besluitinformatieobjecten/" + bio).then().statusCode(204);

        as(admin()).get(ROOT + "/besluitinformatieobjecten/" + bio).then().statusCode(404);
        List<JsonNode> jobs = jobs(url);
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals(Map.of("soort", Objectinformatieobjecten.VERWIJDEREN, "informatieobject", document,
                "object", url), mapper.convertValue(jobs.get(0), Map.class));
        as(admin()).get(path(url) + "/audittrail").then().statusCode(200)
                .body("resource", org.hamcrest.Matchers.hasItem("besluitinformatieobject"));
        sql("DELETE FROM zgw_synchronisatie WHERE sleutel LIKE ?", "% " + url);
    }
}
