package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kanaal documenten: actions and exact kenmerken of enkelvoudiginformatieobject and gebruiksrechten writes. */
@QuarkusTest
class NotificatiesTest {

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
                    rows.add(mapper.readTree(rs.getString(2)));
                }
            }
        }
        return rows;
    }

    @Test
    void documentAndGebruiksrechtenWritesAreNotifiedWithTheirKenmerken() throws Exception {
        String type = informatieobjecttype("intern");
        Map<String, Object> body = Fixtures.body(type, new byte[]{1});
        String url = admin(body).post(ROOT + "/enkelvoudiginformatieobjecten").then().statusCode(201)
                .extract().path("url");
        String lock = Fixtures.lock(url);
        admin(Map.of("titel", "ander", "lock", lock)).patch(url).then().statusCode(200);
        Fixtures.unlock(url, lock);
        String gr = admin(Map.of("informatieobject", url, "startdatum", "2024-01-01T00:00:00Z",
                "omschrijvingVoorwaarden", "x")).post(ROOT + "/gebruiksrechten").then().statusCode(201)
                .extract().path("url");
        as(admin()).delete(gr).then().statusCode(204);
        as(admin()).delete(url).then().statusCode(204);
        List<JsonNode> rows = outbox(url);
        assertEquals(5, rows.size(), rows.toString());
        Map<String, String> kenmerken = Map.of("bronorganisatie", (String) body.get("bronorganisatie"),
                "informatieobjecttype", type, "vertrouwelijkheidaanduiding", "intern");
        String[][] expected = {{"enkelvoudiginformatieobject", "create"},
                {"enkelvoudiginformatieobject", "partial_update"}, {"gebruiksrechten", "create"},
                {"gebruiksrechten", "destroy"}, {"enkelvoudiginformatieobject", "destroy"}};
        for (int i = 0; i < expected.length; i++) {
            JsonNode n = rows.get(i);
            assertEquals("documenten", n.get("kanaal").asText());
            assertEquals(url, n.get("hoofdObject").asText());
            assertEquals(expected[i][0], n.get("resource").asText());
            assertEquals(expected[i][1], n.get("actie").asText());
            assertEquals(kenmerken, mapper.convertValue(n.get("kenmerken"), Map.class));
        }
        assertEquals(gr, rows.get(2).get("resourceUrl").asText());
    }
}
