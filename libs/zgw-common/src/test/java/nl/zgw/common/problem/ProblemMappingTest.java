package nl.zgw.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.as;
import static nl.zgw.common.support.Api.asAll;
import static nl.zgw.common.support.Problem.assertFout;
import static org.hamcrest.Matchers.*;

/** Every failure answers with the standard's problem+json body (standard §1.4), in exactly its shape. */
@QuarkusTest
class ProblemMappingTest {

    static final String THINGS = "/test/api/v1/things";

    @Test
    void beanValidationGivesValidatieFoutWithDottedNames() {
        assertFout(asAll().contentType("application/json")
                .body("{\"naam\": \"much too long a name\", \"relevanteAndereZaken\": [{\"url\": \"x\"}, {\"url\": \"\"}]}")
                .post(THINGS), 400, "invalid")
                .body("invalidParams.name", containsInAnyOrder("naam", "relevanteAndereZaken.1.url"))
                .body("invalidParams.find { it.name == 'naam' }.code", equalTo("max_length"))
                .body("invalidParams.find { it.name == 'relevanteAndereZaken.1.url' }.code", equalTo("blank"));
    }

    @Test
    void zrc011ABareArrayElementIsNamedByItsIndex() {
        assertFout(asAll().contentType("application/json")
                .body("{\"naam\": \"a\", \"kenmerken\": [\"x\", \"\", \"y\", \" \"]}")
                .post(THINGS), 400, "invalid")
                .body("invalidParams.name", contains("kenmerken.1", "kenmerken.3"))
                .body("invalidParams.code", everyItem(equalTo("blank")));
    }

    @Test
    void anObjectLevelRuleIsANonFieldError() {
        assertFout(asAll().contentType("application/json")
                .body("{\"begin\": \"2026-01-02\", \"einde\": \"2026-01-01\"}")
                .post(THINGS + "/periode"), 400, "invalid")
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("date-mismatch"))
                .body("invalidParams[0].reason", equalTo("De einddatum ligt voor de begindatum."));
    }

    @Test
    void missingRequiredFieldIsRequired() {
        assertFout(asAll().contentType("application/json").body("{\"aantal\": 1}").post(THINGS), 400, "invalid")
                .body("invalidParams.name", contains("naam"))
                .body("invalidParams[0].code", equalTo("required"));
    }

    @Test
    void malformedJsonIsParseError() {
        assertFout(asAll().contentType("application/json").body("{\"naam\": ").post(THINGS), 400, "parse_error")
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("parse_error"));
    }

    @Test
    void wrongTypeNamesTheField() {
        assertFout(asAll().contentType("application/json").body("{\"naam\": \"a\", \"aantal\": \"veel\"}")
                .post(THINGS), 400, "invalid")
                .body("invalidParams.name", contains("aantal"))
                .body("invalidParams[0].code", equalTo("invalid"));
    }

    @Test
    void wrongTypeInArrayNamesIndex() {
        assertFout(asAll().contentType("application/json")
                .body("{\"naam\": \"a\", \"relevanteAndereZaken\": [{\"url\": \"u\"}, {\"url\": [1]}]}")
                .post(THINGS), 400, "invalid")
                .body("invalidParams.name", contains("relevanteAndereZaken.1.url"));
    }

    @Test
    void aBodyOfTheWrongShapeIsANonFieldInvalid() {
        assertFout(asAll().contentType("application/json").body("[1, 2]").post(THINGS), 400, "invalid")
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Ongeldige data. Verwacht een dictionary, kreeg een list."));
    }

    @Test
    void unknownQueryParameterIs400() {
        assertFout(asAll().get(THINGS + "?naam=a&foo=1&bar=2"), 400, "invalid")
                .body("invalidParams.name", contains("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("bar, foo"));
    }

    @Test
    void pageIsOnlyKnownWhereTheOperationDeclaresIt() {
        // the OAS lists page per paginated operation; a plain-array list has none
        assertFout(asAll().get("/test/api/v1/zaken?page=1"), 400, "invalid")
                .body("invalidParams[0].code", equalTo("unknown-parameters"))
                .body("invalidParams[0].reason", containsString("page"));
    }

    @Test
    void knownQueryParametersPass() {
        asAll().get(THINGS + "?naam=a&page=1").then().statusCode(200);
    }

    @Test
    void filterValuesAreValidatedLikeInputSoABadTypedValueIs400NamingTheParameter() {
        // standard §1.3: never the 404 Jakarta REST gives for an unconvertible query parameter, never a 500
        for (String[] bad : new String[][] {{"uuid", "geen-uuid"}, {"datum", "2026-13-45"}, {"soort", "onbekend"},
                {"aantal", "veel"}, {"vanaf", "gisteren"}}) {
            assertFout(asAll().queryParam(bad[0], bad[1]).get(THINGS + "/typed"), 400, "invalid")
                    .body("invalidParams.name", contains(bad[0]))
                    .body("invalidParams[0].code", equalTo("invalid"));
        }
        asAll().get(THINGS + "/typed?uuid=00000000-0000-0000-0000-000000000001&datum=2026-11-29&soort=eenvoudig"
                        + "&aantal=3&vanaf=2026-01-01")
                .then().statusCode(200)
                .body("uuid", equalTo("00000000-0000-0000-0000-000000000001"))
                .body("datum", equalTo("2026-11-29"))
                .body("soort", equalTo("eenvoudig"))
                .body("aantal", equalTo(3))
                .body("vanaf", equalTo("2026-01-01"));
    }

    @Test
    void aBadUuidInThePathIsStillNotFound() {
        assertFout(asAll().get(THINGS + "/geen-uuid"), 404, "not_found");
    }

    @Test
    void notFoundIs404Problem() {
        assertFout(asAll().get(THINGS + "/00000001-0000-0000-0000-000000000001"), 404, "not_found");
    }

    @Test
    void wrongMethodIs405() {
        // Quarkus REST (3.33) throws its NotAllowedException without an Allow header, so there is none to pass on
        assertFout(asAll().delete(THINGS), 405, "method_not_allowed");
    }

    @Test
    void unsupportedAcceptIs406() {
        assertFout(asAll().accept("application/xml").get(THINGS + "/00000000-0000-0000-0000-000000000001"),
                406, "not_acceptable");
    }

    @Test
    void wrongContentTypeIs415() {
        assertFout(asAll().contentType("text/plain").body("naam=a").post(THINGS), 415, "unsupported_media_type");
    }

    @Test
    void conflictIs409Problem() {
        assertFout(asAll().get(THINGS + "/conflict"), 409, "conflict");
    }

    @Test
    void forbiddenIs403Problem() {
        assertFout(RestAssured.get(THINGS), 403, "not_authenticated");
        assertFout(as("other", "other-secret").get(THINGS), 403, "permission_denied");
    }

    @Test
    void unexpectedErrorRevealsNothingInternal() {
        assertFout(asAll().get(THINGS + "/boom"), 500, "error")
                .body(not(containsString("org.example")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internals")));
    }
}
