package nl.zgw.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.OfficialOpenApi.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served contract: {@code {root}/openapi.json} holds every operation of the official file (on the test
 * classpath as {@code META-INF/openapi.yaml}), every one of them is routed (never 405, a collection never 404, a
 * 404 is the standard's {@code not_found}), and every query parameter a GET declares is known (no
 * {@code unknown-parameters}). With the response validation on, every answer here is also checked against the
 * file, which makes this a sweep of the error answers. A service extends it with its root, the number of
 * operations of its file and an authorised request.
 */
public abstract class ServedContract {

    private final String apiRoot;
    private final int operations;

    protected ServedContract(String apiRoot, int operations) {
        this.apiRoot = apiRoot;
        this.operations = operations;
    }

    /** A request with a token that may do everything (and a JSON content type). */
    protected abstract RequestSpecification authorised();

    /** The request for one operation; override to add what an operation needs to be reached (a required query). */
    protected RequestSpecification prepare(Operation operation, RequestSpecification request) {
        return request;
    }

    @Test
    public void servesEveryOperationOfTheOfficialFile() throws IOException {
        JsonNode served = new ObjectMapper().readTree(get(apiRoot + "/openapi.json").then().statusCode(200)
                .extract().asString());
        List<Operation> missing = OfficialOpenApi.operations().stream()
                .filter(op -> !served.path("paths").path(op.path()).has(op.method().toLowerCase(Locale.ROOT)))
                .toList();
        assertEquals(List.of(), missing, "missing in openapi.json");
    }

    @Test
    public void everyOperationIsRouted() {
        List<Operation> all = OfficialOpenApi.operations();
        List<String> problems = new ArrayList<>();
        for (Operation op : all) {
            Response r = prepare(op, authorised().body("{}")).request(op.method(), apiRoot + op.concretePath());
            if (r.statusCode() == 405 || (r.statusCode() == 404 && op.collection())) {
                problems.add(op + " -> " + r.statusCode());
            }
            if (r.statusCode() == 404 && !op.method().equals("HEAD")
                    && !"not_found".equals(r.jsonPath().getString("code"))) {
                problems.add(op + " -> 404 with code " + r.jsonPath().getString("code"));
            }
        }
        assertEquals(operations, all.size(), "the operations of the official file");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    public void everyDeclaredQueryParameterIsKnown() {
        List<String> problems = new ArrayList<>();
        for (Operation op : OfficialOpenApi.operations()) {
            if (!op.method().equals("GET")) {
                continue;
            }
            String url = apiRoot + op.concretePath();
            for (String name : op.queryParameters()) {
                Response r = prepare(op, authorised()).queryParam(name, name.equals("page") ? "1" : "x").get(url);
                if (r.asString().contains("unknown-parameters")) {
                    problems.add(op + "?" + name);
                }
            }
        }
        assertTrue(problems.isEmpty(), "unknown: " + problems);
    }
}
