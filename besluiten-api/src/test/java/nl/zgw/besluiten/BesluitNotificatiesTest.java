package nl.zgw.besluiten;

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

import static nl.zgw.besluiten.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kanaal besluiten (zgw-standard §6.4): every write queues exactly one notification in its transaction, main object
 * besluit, kenmerken verantwoordelijkeOrganisatie and besluittype.
 */
@QuarkusTest
class BesluitNotificatiesTest {

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

    private void assertPayload(JsonNode n, String hoofdObject, String resource, String resourceUrl, String actie,
                               String organisatie, String besluittype) {
        assertEquals("besluiten", n.get("kanaal").asText());
        assertEquals(hoofdObject, n.get("hoofdObject").asText());
        assertEquals(resource, n.get("resource").asText());
        assertEquals(resourceUrl, n.get("resourceUrl").asText());
        assertEquals(actie, n.get("actie").asText());
        assertEquals(Map.of("verantwoordelijkeOrganisatie", organisatie, "besluittype", besluittype),
                mapper.convertValue(n.get("kenmerken"), Map.class));
        assertEquals(7, n.size(), n.toString()); // kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken
    }

    @Test
    void everyWriteOfABesluitIsNotifiedWithItsKenmerken() throws Exception {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        String organisatie = (String) body.get("verantwoordelijkeOrganisatie");
        String url = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        body.put("toelichting", "vervangen");
        admin(body).put(path(url)).then().statusCode(200);
        admin(Map.of("toelichting", "gewijzigd")).patch(path(url)).then().statusCode(200);
        as(admin()).delete(path(url)).then().statusCode(204);

        List<JsonNode> rows = outbox(url);
        assertEquals(4, rows.size(), rows.toString());
        assertPayload(rows.get(0), url, "besluit", url, "create", organisatie, besluittype);
        assertPayload(rows.get(1), url, "besluit", url, "update", organisatie, besluittype);
        assertPayload(rows.get(2), url, "besluit", url, "partial_update", organisatie, besluittype);
        assertPayload(rows.get(3), url, "besluit", url, "destroy", organisatie, besluittype);
    }

    /** As Open Zaak: a besluitinformatieobject's create and destroy, with its besluit as hoofdObject and kenmerken. */
    @Test
    void aBesluitinformatieobjectIsNotifiedWithItsBesluitAsHoofdObject() throws Exception {
        Typen t = typen();
        Map<String, Object> body = besluitBody(t.besluittype());
        String organisatie = (String) body.get("verantwoordelijkeOrganisatie");
        String besluit = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        String bio = admin(Map.of("besluit", besluit, "informatieobject", document(t.informatieobjecttype())))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        as(admin()).delete(path(bio)).then().statusCode(204);

        List<JsonNode> rows = outbox(besluit);
        assertEquals(3, rows.size(), rows.toString());
        assertPayload(rows.get(0), besluit, "besluit", besluit, "create", organisatie, t.besluittype());
        assertPayload(rows.get(1), besluit, "besluitinformatieobject", bio, "create", organisatie, t.besluittype());
        assertPayload(rows.get(2), besluit, "besluitinformatieobject", bio, "destroy", organisatie,
                t.besluittype());
    }

    @Test
    void aRefusedWriteQueuesNothing() throws Exception {
        String url = besluit(besluittype());
        admin(Map.of("besluittype", besluittype())).patch(path(url)).then().statusCode(400);
        assertEquals(1, outbox(url).size());
    }
}
