package nl.zgw.autorisaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.zgw.autorisaties.support.Ac;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Every path and method of the official Autorisaties API 1.1.0 OAS exists on the running service, and every query
 * parameter the OAS declares on a GET is accepted (no {@code unknown-parameters}).
 */
@QuarkusTest
class OpenApiContractTest {

    static JsonNode oas() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void everyOperationOfTheOasIsRouted() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = oas().get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            String url = Ac.ROOT + path.getKey().replace("{uuid}", UUID.randomUUID().toString());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (method.equals("parameters")) {
                    continue;
                }
                var request = Ac.admin().body(Map.of());
                if (path.getKey().endsWith("/consumer")) {
                    request.queryParam("clientId", "bestaat-niet");
                }
                Response r = request.request(method.toUpperCase(), url);
                assertThat(method + " " + url, r.statusCode(), not(equalTo(405)));
                if (r.statusCode() == 404) {
                    assertThat(method + " " + url, r.contentType(), startsWith("application/problem+json"));
                    assertThat(method + " " + url, r.path("code"), equalTo("not_found"));
                }
                checked.add(method + " " + path.getKey());
            }
        }
        assertThat(checked, hasSize(7));
    }

    @Test
    void everyDeclaredQueryParameterIsKnown() throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> paths = oas().get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{")) {
                continue;
            }
            for (JsonNode p : get.path("parameters")) {
                if (!"query".equals(p.path("in").asText())) {
                    continue;
                }
                String name = p.get("name").asText();
                Response r = Ac.admin().queryParam(name, name.equals("page") ? "1" : "x")
                        .get(Ac.ROOT + path.getKey());
                assertThat(name, r.asString(), not(containsString("unknown-parameters")));
            }
        }
    }
}
