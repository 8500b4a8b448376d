package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.OfficialOpenApi.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.zgw.notificaties.support.Nrc.ROOT;
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
    void everyOperationOfTheOfficialContractIsRouted() {
        List<Operation> operations = OfficialOpenApi.operations();
        for (Operation op : operations) {
            String url = ROOT + op.concretePath();
            Response r = as(admin()).body("{}").request(op.method(), url);
            assertNotEquals(405, r.statusCode(), op.toString());
            if (r.statusCode() == 404) {
                assertEquals("not_found", r.jsonPath().getString("code"), op.toString());
                assertFalse(op.collection(), op.toString());
            }
            if (op.method().equals("GET")) {
                for (String name : op.queryParameters()) {
                    Response f = as(admin()).queryParam(name, "x").get(url);
                    assertFalse(f.asString().contains("unknown-parameters"), op + "?" + name);
                }
            }
        }
        assertEquals(10, operations.size());
        assertTrue(operations.stream().anyMatch(op -> op.method().equals("POST") && op.path().equals("/notificaties")));
    }
}
