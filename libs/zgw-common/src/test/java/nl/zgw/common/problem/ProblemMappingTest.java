package nl.zgw.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.*;

/** Every failure answers with the standard's problem+json body (standard §1.4). */
@QuarkusTest
class ProblemMappingTest {

    @Test
    void beanValidationGivesValidatieFoutWithDottedNames() {
        asAll().contentType("application/json")
                .body("{\"naam\": \"much too long a name\", \"relevanteAndereZaken\": [{\"url\": \"x\"}, {\"url\": \"\"}]}")
                .post("/test/api/v1/things")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid"))
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", startsWith("https://"))
                .body("instance", startsWith("urn:uuid:"))
                .body("invalidParams.name", containsInAnyOrder("naam", "relevanteAndereZaken.1.url"))
                .body("invalidParams.find { it.name == 'naam' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'relevanteAndereZaken.1.url' }.code", equalTo("blank"))
                .body("invalidParams.reason", everyItem(not(emptyOrNullString())));
    }

    @Test
    void missingRequiredFieldIsRequired() {
        asAll().contentType("application/json").body("{\"aantal\": 1}")
                .post("/test/api/v1/things")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("naam"))
                .body("invalidParams[0].code", equalTo("required"));
    }

    @Test
    void malformedJsonIsParseError() {
        asAll().contentType("application/json").body("{\"naam\": ")
                .post("/test/api/v1/things")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("parse_error"))
                .body("status", equalTo(400));
    }

    @Test
    void wrongTypeNamesTheField() {
        asAll().contentType("application/json").body("{\"naam\": \"a\", \"aantal\": \"veel\"}")
                .post("/test/api/v1/things")
                .then().statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams[0].name", equalTo("aantal"))
                .body("invalidParams[0].code", equalTo("invalid"));
    }

    @Test
    void wrongTypeInArrayNamesIndex() {
        asAll().contentType("application/json")
                .body("{\"naam\": \"a\", \"relevanteAndereZaken\": [{\"url\": \"u\"}, {\"url\": [1]}]}")
                .post("/test/api/v1/things")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("relevanteAndereZaken.1.url"));
    }

    @Test
    void unknownQueryParameterIs400() {
        asAll().get("/test/api/v1/things?naam=a&foo=1&bar=2")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid"))
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("bar, foo"));
    }

    @Test
    void knownQueryParametersPass() {
        asAll().get("/test/api/v1/things?naam=a&page=1").then().statusCode(200);
    }

    @Test
    void notFoundIs404Problem() {
        asAll().get("/test/api/v1/things/00000001-0000-0000-0000-000000000001")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"))
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIs405() {
        asAll().delete("/test/api/v1/things")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void unsupportedAcceptIs406() {
        asAll().accept("application/xml").get("/test/api/v1/things/00000000-0000-0000-0000-000000000001")
                .then().statusCode(406)
                .body(containsString("not_acceptable"));
    }

    @Test
    void wrongContentTypeIs415() {
        asAll().contentType("text/plain").body("naam=a")
                .post("/test/api/v1/things")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void conflictIs409Problem() {
        asAll().get("/test/api/v1/things/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("conflict"))
                .body("status", equalTo(409))
                .body("invalidParams", nullValue());
    }

    @Test
    void forbiddenIs403Problem() {
        io.restassured.RestAssured.get("/test/api/v1/things")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("not_authenticated"))
                .body("status", equalTo(403))
                .body("title", notNullValue())
                .body("instance", startsWith("urn:uuid:"));
    }

    @Test
    void unexpectedErrorRevealsNothingInternal() {
        asAll().get("/test/api/v1/things/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("error"))
                .body("instance", startsWith("urn:uuid:"))
                .body(not(containsString("org.example")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internals")));
    }
}
