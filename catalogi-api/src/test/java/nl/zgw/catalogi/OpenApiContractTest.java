package nl.zgw.catalogi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.OfficialOpenApi.Operation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    @Test
    void servesTheOfficialDocument() throws Exception {
        JsonNode served = new ObjectMapper().readTree(get(ROOT + "/openapi.json").then().statusCode(200)
                .extract().asString());
        List<Operation> missing = OfficialOpenApi.operations().stream()
                .filter(op -> !served.path("paths").path(op.path()).has(op.method().toLowerCase(Locale.ROOT)))
                .toList();
        assertTrue(missing.isEmpty(), "missing in openapi.json: " + missing);
    }

    @Test
    void everyOperationIsRoutedAndEveryListParameterKnown() {
        String admin = admin();
        List<String> problems = new ArrayList<>();
        List<Operation> operations = OfficialOpenApi.operations();
        for (Operation op : operations) {
            Response r = as(admin).body("{}").request(op.method(), ROOT + op.concretePath());
            if (r.statusCode() == 405 || (r.statusCode() == 404 && op.collection())) {
                problems.add(op + " -> " + r.statusCode());
            }
            if (r.statusCode() == 404 && !op.method().equals("HEAD")) {
                assertEquals("not_found", r.jsonPath().getString("code"), op.toString());
            }
            if (op.method().equals("GET") && op.collection()) {
                for (String name : op.queryParameters()) {
                    Response q = as(admin).queryParam(name, "x").get(ROOT + op.path());
                    if ("unknown-parameters".equals(q.jsonPath().getString("invalidParams[0].code"))) {
                        problems.add(op + "?" + name + " unknown");
                    }
                }
            }
        }
        assertEquals(72, operations.size(), "the operations of the 1.3.3 file");
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
