package nl.zgw.common.support;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import nl.zgw.common.problem.Problems;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The exact shape of the standard's error bodies (§1.4, OAS {@code Fout}/{@code ValidatieFout}). */
public final class Problem {

    public static final Set<String> FOUT = Set.of("type", "code", "title", "status", "detail", "instance");
    public static final Set<String> VALIDATIE_FOUT = Set.of("type", "code", "title", "status", "detail", "instance",
            "invalidParams");

    private Problem() {
    }

    /**
     * Checks status, {@code application/problem+json}, the code, exactly the keys of {@code Fout} (of
     * {@code ValidatieFout} for 400, whose every {@code invalidParams} entry is exactly {@code {name, code, reason}}),
     * and returns the response for the case's own checks.
     */
    public static ValidatableResponse assertFout(Response response, int status, String code) {
        ValidatableResponse then = response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("status", equalTo(status))
                .body("type", equalTo(Problems.TYPE_BASE + code))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", matchesRegex("urn:uuid:[0-9a-f-]{36}"));
        Map<String, Object> body = response.jsonPath().getMap("$");
        assertEquals(status == 400 ? VALIDATIE_FOUT : FOUT, body.keySet(), "keys of the problem body");
        if (status == 400) {
            List<Map<String, Object>> params = response.jsonPath().getList("invalidParams");
            assertFalse(params.isEmpty(), "a 400 names what is invalid");
            for (Map<String, Object> p : params) {
                assertEquals(Set.of("name", "code", "reason"), p.keySet(), "keys of " + p);
                p.values().forEach(v -> assertTrue(v instanceof String s && !s.isBlank(), "a non-empty string in " + p));
            }
        }
        return then;
    }
}
