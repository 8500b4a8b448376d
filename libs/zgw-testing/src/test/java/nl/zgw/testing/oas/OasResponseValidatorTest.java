package nl.zgw.testing.oas;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The response validator over a small fixture file, without Quarkus. */
class OasResponseValidatorTest {

    private static final String ROOT = "/things/api/v1";
    private static final String PATH = ROOT + "/things/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f";
    private static final String JSON = "application/json";

    private final OasResponseValidator validator = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of());

    private static String thing(String replace, String with) {
        String body = """
                {"url": "https://things.example/api/v1/things/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f",
                 "uuid": "7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f", "status": "concept", "datum": "2026-12-02",
                 "registratie": "2026-12-02T04:00:00Z", "toelichting": null, "omschrijving": "x"}""";
        return replace == null ? body : body.replace(replace, with);
    }

    private List<String> check(int status, String contentType, String body) {
        return validator.violations("GET", PATH, status, contentType, body);
    }

    private static void assertOne(List<String> found, String key, String pointer) {
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[" + key + "]"), found.toString());
        assertTrue(found.get(0).contains(" at " + pointer), found.toString());
    }

    @Test
    void aConformingAnswerPasses() {
        assertEquals(List.of(), check(200, JSON, thing(null, null)));
    }

    @Test
    void aMissingRequiredFieldFails() {
        List<String> found = check(200, JSON, thing("\"status\": \"concept\", ", ""));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[validation.response.body.schema.required]"), found.toString());
        assertTrue(found.get(0).contains("\"status\""), found.toString());
    }

    @Test
    void anUnknownEnumValueFails() {
        assertOne(check(200, JSON, thing("\"concept\"", "\"gepubliceerd\"")),
                "validation.response.body.schema.enum", "/status");
    }

    @Test
    void aWrongTypeFails() {
        assertOne(check(200, JSON, thing("\"omschrijving\": \"x\"", "\"omschrijving\": 12")),
                "validation.response.body.schema.type", "/omschrijving");
    }

    @Test
    void aWrongDateFormatFails() {
        assertOne(check(200, JSON, thing("\"2026-12-02\"", "\"02-12-2026\"")),
                "validation.response.body.schema.format.date", "/datum");
    }

    @Test
    void aWrongDateTimeFormatFails() {
        assertOne(check(200, JSON, thing("\"2026-12-02T04:00:00Z\"", "\"2026-12-02 04:00\"")),
                "validation.response.body.schema.format.date-time", "/registratie");
    }

    @Test
    void aWrongUuidFormatFails() {
        assertOne(check(200, JSON, thing("\"uuid\": \"7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f\"", "\"uuid\": \"123\"")),
                "validation.response.body.schema.format.uuid", "/uuid");
    }

    @Test
    void aRelativeUriFails() {
        assertOne(check(200, JSON, thing("\"url\": \"https://things.example", "\"url\": \"things.example")),
                "validation.response.body.schema.format.uri", "/url");
        assertEquals(List.of(), check(200, JSON, thing("\"omschrijving\": \"x\"", "\"omschrijving\": \"x\""))
                .stream().filter(f -> f.contains("/url")).toList());
    }

    @Test
    void nullWhereTheFileDoesNotAllowItFails() {
        assertOne(check(200, JSON, thing("\"omschrijving\": \"x\"", "\"omschrijving\": null")),
                "validation.response.body.schema.type", "/omschrijving");
    }

    @Test
    void aFieldBeyondTheFileFails() {
        assertOne(check(200, JSON, thing("\"omschrijving\": \"x\"", "\"omschrijving\": \"x\", \"extra\": 1")),
                "validation.response.body.schema.additionalProperties", "");
    }

    @Test
    void anUndocumentedStatusFails() {
        List<String> found = check(409, "application/problem+json",
                "{\"code\":\"c\",\"title\":\"t\",\"status\":409,\"detail\":\"d\",\"instance\":\"i\"}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[validation.response.status.unknown] Response status 409 "),
                found.toString());
    }

    @Test
    void aProblemAnswerIsCheckedAgainstFout() {
        assertEquals(List.of(), check(404, "application/problem+json",
                "{\"code\":\"not_found\",\"title\":\"t\",\"status\":404,\"detail\":\"d\",\"instance\":\"i\"}"));
        assertOne(check(404, "application/problem+json",
                        "{\"code\":\"not_found\",\"title\":\"t\",\"status\":\"404\",\"detail\":\"d\",\"instance\":\"i\"}"),
                "validation.response.body.schema.type", "/status");
    }

    @Test
    void aWrongContentTypeFails() {
        List<String> found = check(404, JSON,
                "{\"code\":\"not_found\",\"title\":\"t\",\"status\":404,\"detail\":\"d\",\"instance\":\"i\"}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[validation.response.contentType.notAllowed]"), found.toString());
    }

    @Test
    void a304OnAGetIsTheFilesOwnPromise() {
        assertEquals(List.of(), check(304, null, null));
    }

    @Test
    void aRequestOutsideTheFileIsNotJudged() {
        assertEquals(List.of(), validator.violations("GET", ROOT + "/unknown", 404, JSON, "{}"));
        assertEquals(List.of(), validator.violations("DELETE", PATH, 405, JSON, "{}"));
    }

    @Test
    void aToleranceCoversOnlyItsOperationAndFinding() {
        OasResponseValidator tolerant = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of(
                Tolerance.of("GET", "/things/{uuid}", "validation.response.body.schema.additionalProperties",
                        "\"extra\"", "a drop-in extension")));
        assertEquals(List.of(), tolerant.violations("GET", PATH, 200, JSON,
                thing("\"omschrijving\": \"x\"", "\"omschrijving\": \"x\", \"extra\": 1")));
        assertOne(tolerant.violations("GET", PATH, 200, JSON,
                        thing("\"omschrijving\": \"x\"", "\"omschrijving\": \"x\", \"anders\": 1")),
                "validation.response.body.schema.additionalProperties", "");
        assertEquals(1, tolerant.violations("GET", PATH, 200, JSON, thing("\"concept\"", "\"x\"")).size());
    }

    @Test
    void aToleratedUndocumentedStatusIsStillHeldToFout() {
        OasResponseValidator tolerant = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of(
                Tolerance.of("GET", "/things/{uuid}", "validation.response.status.unknown", "Response status 409 ",
                        "a conflict the file does not list")));
        assertEquals(List.of(), tolerant.violations("GET", PATH, 409, "application/problem+json",
                "{\"code\":\"c\",\"title\":\"t\",\"status\":409,\"detail\":\"d\",\"instance\":\"i\"}"));
        List<String> found = tolerant.violations("GET", PATH, 409, "application/problem+json",
                "{\"code\":\"c\",\"title\":\"t\",\"status\":409,\"instance\":\"i\"}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[undocumented status, held to Fout] "
                + "[validation.response.body.schema.required]"), found.toString());
        assertEquals(1, tolerant.violations("GET", PATH, 410, "application/problem+json", "{}").size());
    }

    @Test
    void checkFailsTheTestWithEveryFinding() {
        String body = thing("\"concept\"", "\"x\"").replace("\"2026-12-02\"", "\"morgen\"");
        AssertionError e = assertThrows(AssertionError.class, () -> validator.check(
                new com.atlassian.oai.validator.model.SimpleRequest.Builder("GET", PATH).build(),
                com.atlassian.oai.validator.model.SimpleResponse.Builder.status(200).withContentType(JSON)
                        .withBody(body).build(), body));
        assertTrue(e.getMessage().contains("/status") && e.getMessage().contains("/datum"), e.getMessage());
    }

    @Test
    void aToleranceNeedsItsReason() {
        assertThrows(IllegalArgumentException.class, () -> Tolerance.of("GET", "/x", "k", "", " "));
    }

    @Test
    void refsIntoAnotherFileBecomeObjectsArraysGetItemsAndOwnRefsStay() {
        String file = """
                components:
                  schemas:
                    A:
                      oneOf:
                        - $ref: '../../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml#/components/schemas/ZaakType'
                        - $ref: '#/components/schemas/B'
                    B:
                      type: array
                """;
        assertEquals("{\"components\":{\"schemas\":{\"A\":{\"oneOf\":[{\"type\":\"object\"},"
                + "{\"$ref\":\"#/components/schemas/B\"}]},\"B\":{\"type\":\"array\",\"items\":{}}}}}",
                OasResponseValidator.withoutExternalRefs(file));
    }
}
