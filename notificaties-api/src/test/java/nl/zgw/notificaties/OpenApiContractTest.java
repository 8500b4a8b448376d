package nl.zgw.notificaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.notificaties.support.Nrc.admin;
import static nl.zgw.notificaties.support.Nrc.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every path + method of the official OAS exists here, and every declared list filter is accepted. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationOfTheOfficialContractIsRouted() throws Exception {
        JsonNode oas;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            oas = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = oas.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = "/notificaties/api/v1" + path.getKey().replace("{uuid}", UUID.randomUUID().toString());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (method.equals("parameters")) {
                    continue;
                }
                operations++;
                Response r = as(admin()).body("{}").request(method.toUpperCase(), url);
                assertNotEquals(405, r.statusCode(), method + " " + url);
                if (r.statusCode() == 404) {
                    assertEquals("not_found", r.jsonPath().getString("code"), method + " " + url);
                    assertTrue(path.getKey().contains("{uuid}"), method + " " + url);
                }
                JsonNode params = path.getValue().get(method).get("parameters");
                if (method.equals("get") && params != null) {
                    for (JsonNode p : params) {
                        if ("query".equals(p.get("in").asText())) {
                            Response f = as(admin()).queryParam(p.get("name").asText(), "x").get(url);
                            assertFalse(f.asString().contains("unknown-parameters"), p.get("name").asText());
                        }
                    }
                }
            }
        }
        assertEquals(10, operations);
    }
}
