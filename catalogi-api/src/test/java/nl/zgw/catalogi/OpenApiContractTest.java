package nl.zgw.catalogi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.get;
import static nl.zgw.catalogi.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served contract is the official 1.3.3 file, and every path + method of it is routed here; every query
 * parameter of every GET list is known (no {@code unknown-parameters}).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String OFFICIAL = "src/main/resources/META-INF/openapi.yaml";

    @Test
    void servesTheOfficialDocument() throws Exception {
        JsonNode official = new ObjectMapper(new YAMLFactory()).readTree(new File(OFFICIAL));
        JsonNode served = new ObjectMapper().readTree(get(ROOT + "/openapi.json").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = official.path("paths").fields(); it.hasNext(); ) {
            var path = it.next();
            for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                if (!served.path("paths").path(path.getKey()).has(method)) {
                    missing.add(method + " " + path.getKey());
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing in openapi.json: " + missing);
    }

    @Test
    void everyOperationIsRoutedAndEveryListParameterKnown() throws Exception {
        JsonNode official = new ObjectMapper(new YAMLFactory()).readTree(new File(OFFICIAL));
        String admin = admin();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = official.path("paths").fields(); it.hasNext(); ) {
            var entry = it.next();
            String path = ROOT + entry.getKey().replace("{uuid}", UUID.randomUUID().toString());
            for (Iterator<Map.Entry<String, JsonNode>> ops = entry.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                String method = op.getKey().toUpperCase();
                Response r = as(admin).body("{}").request(method, path);
                int status = r.statusCode();
                if (status == 405 || (status == 404 && !entry.getKey().contains("{uuid}"))) {
                    problems.add(method + " " + entry.getKey() + " -> " + status);
                }
                if (status == 404 && !method.equals("HEAD")) {
                    assertEquals("not_found", r.jsonPath().getString("code"), method + " " + path);
                }
                if (method.equals("GET") && !entry.getKey().contains("{uuid}")) {
                    for (JsonNode p : op.getValue().path("parameters")) {
                        String name = p.has("$ref") ? p.get("$ref").asText().replaceAll(".*/", "") : p.path("name").asText();
                        if (!p.has("$ref") && !"query".equals(p.path("in").asText())) {
                            continue;
                        }
                        Response q = as(admin).queryParam(name, "x").get(ROOT + entry.getKey());
                        if ("unknown-parameters".equals(q.jsonPath().getString("invalidParams[0].code"))) {
                            problems.add("GET " + entry.getKey() + "?" + name + " unknown");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
