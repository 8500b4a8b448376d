package nl.zgw.testing.contract;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.OfficialOpenApi;
import nl.zgw.testing.OfficialOpenApi.Operation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation the official file secures with {@code JWT-Claims} answers 403 without a token (code
 * {@code not_authenticated}) and 403 with a valid token whose client has none of the operation's scopes (code
 * {@code permission_denied}), before anything else is looked at: a body, an id. A HEAD answer has no body, so
 * only its status is checked. A service extends it with its root and such a token.
 */
public abstract class AuthContract {

    private final String apiRoot;

    protected AuthContract(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    /** A request with a valid token of a known client that has no scope of this component. */
    protected abstract RequestSpecification withoutScopes();

    /** The request for one operation; override to add what an operation needs to be reached (a required query). */
    protected RequestSpecification prepare(Operation operation, RequestSpecification request) {
        return request;
    }

    @Test
    public void everySecuredOperationWithoutATokenIs403NotAuthenticated() {
        assertEveryOperation(() -> RestAssured.given().contentType("application/json"), "not_authenticated");
    }

    @Test
    public void everySecuredOperationWithoutItsScopeIs403PermissionDenied() {
        assertEveryOperation(this::withoutScopes, "permission_denied");
    }

    private void assertEveryOperation(java.util.function.Supplier<RequestSpecification> request, String code) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Operation op : OfficialOpenApi.operations()) {
            if (!op.secured()) {
                continue;
            }
            checked++;
            Response r = prepare(op, request.get().body("{}")).request(op.method(), apiRoot + op.concretePath());
            String got = op.method().equals("HEAD") ? code : r.jsonPath().getString("code");
            if (r.statusCode() != 403 || !code.equals(got)) {
                problems.add(op + " -> " + r.statusCode() + " " + got);
            }
        }
        assertTrue(checked > 0, "the file secures no operation");
        assertEquals(List.of(), problems, "expected 403 " + code);
    }
}
