package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.OfficialOpenApi.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Every path and method of the official Autorisaties API 1.1.0 OAS exists on the running service, and every query
 * parameter the OAS declares on a GET is accepted (no {@code unknown-parameters}).
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationOfTheOasIsRouted() {
        List<Operation> operations = OfficialOpenApi.operations();
        for (Operation op : operations) {
            RequestSpecification request = Ac.admin().body(Map.of());
            if (op.path().endsWith("/consumer")) {
                request.queryParam("clientId", "bestaat-niet");
            }
            Response r = request.request(op.method(), Ac.ROOT + op.concretePath());
            assertThat(op.toString(), r.statusCode(), not(equalTo(405)));
            if (r.statusCode() == 404) {
                assertThat(op.toString(), r.contentType(), startsWith("application/problem+json"));
                assertThat(op.toString(), r.path("code"), equalTo("not_found"));
            }
        }
        assertThat(operations, hasSize(7));
    }

    @Test
    void everyDeclaredQueryParameterIsKnown() {
        for (Operation op : OfficialOpenApi.operations()) {
            if (!op.method().equals("GET") || !op.collection()) {
                continue;
            }
            for (String name : op.queryParameters()) {
                Response r = Ac.admin().queryParam(name, name.equals("page") ? "1" : "x").get(Ac.ROOT + op.path());
                assertThat(op + "?" + name, r.asString(), not(containsString("unknown-parameters")));
            }
        }
    }
}
