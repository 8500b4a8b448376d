package nl.zgw.testing.oas;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discriminated bodies over the fixture file: a mapping onto allOf-the-base subschemas ({@code Rol}, as in Zaken
 * 1.7) and a discriminator without mapping ({@code AutorisatieBase}, as in Autorisaties 1.1) are both checked.
 */
class DiscriminatedBodiesTest {

    private static final String ROOT = "/things/api/v1";
    private static final String ROLLEN = ROOT + "/rollen";
    private static final String APPLICATIE = ROOT + "/applicaties/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f";
    private static final String JSON = "application/json";

    private final OasResponseValidator validator = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of());

    private static final String MEDEWERKER = """
            {"url": "https://things.example/rollen/1", "betrokkeneType": "medewerker", "roltoelichting": "x",
             "betrokkeneIdentificatie": {"identificatie": "m-1", "achternaam": "Jansen"}}""";
    private static final String VESTIGING = """
            {"url": "https://things.example/rollen/2", "betrokkeneType": "vestiging",
             "betrokkeneIdentificatie": {"vestigingsNummer": "000012345678"}}""";

    private List<String> rollen(String... rollen) {
        return validator.violations("GET", ROLLEN, 200, JSON, "{\"results\": [" + String.join(",", rollen) + "]}");
    }

    private List<String> applicatie(String autorisatie) {
        return validator.violations("GET", APPLICATIE, 200, JSON,
                "{\"label\": \"app\", \"autorisaties\": [" + autorisatie + "]}");
    }

    private static void assertOne(List<String> found, String key, String pointer, String text) {
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("[" + key + "]"), found.toString());
        assertTrue(found.get(0).contains(" at " + pointer), found.toString());
        assertTrue(found.get(0).contains(text), found.toString());
    }

    @Test
    void conformingSubtypesPass() {
        assertEquals(List.of(), rollen(MEDEWERKER, VESTIGING));
        assertEquals(List.of(), applicatie("{\"component\": \"zrc\", \"scopes\": [\"zaken.lezen\"],"
                + " \"zaaktype\": \"https://things.example/zaaktypen/1\"}"));
        assertEquals(List.of(), applicatie("{\"component\": \"nrc\", \"scopes\": []}"));
    }

    @Test
    void aMissingRequiredFieldOfTheMappedSubtypeFails() {
        assertOne(rollen(VESTIGING, MEDEWERKER.replace("\"identificatie\": \"m-1\", ", "")),
                "validation.response.body.schema.required", "/results/1/betrokkeneIdentificatie",
                "[\"identificatie\"]");
        assertOne(rollen(MEDEWERKER.replaceAll(",\\s*\"betrokkeneIdentificatie\": \\{[^}]*}", "")),
                "validation.response.body.schema.required", "/results/0", "[\"betrokkeneIdentificatie\"]");
    }

    @Test
    void aMissingRequiredFieldOfTheImpliedSubtypeFails() {
        assertOne(applicatie("{\"component\": \"zrc\", \"scopes\": []}"),
                "validation.response.body.schema.required", "/autorisaties/0", "[\"zaaktype\"]");
    }

    @Test
    void aMissingRequiredFieldOfTheBaseFails() {
        assertOne(rollen(MEDEWERKER.replace("\"url\": \"https://things.example/rollen/1\", ", "")),
                "validation.response.body.schema.required", "/results/0", "[\"url\"]");
    }

    @Test
    void anUnknownDiscriminatorValueFails() {
        assertOne(rollen(MEDEWERKER.replace("\"medewerker\"", "\"persoon\"")), DiscriminatedBodies.KEY,
                "/results/0", "\"persoon\"");
        assertOne(applicatie("{\"component\": \"brc\", \"scopes\": []}"), DiscriminatedBodies.KEY,
                "/autorisaties/0", "[nrc, zrc]");
        assertOne(applicatie("{\"scopes\": []}"), DiscriminatedBodies.KEY, "/autorisaties/0", "missing");
    }

    @Test
    void aFieldOfAnotherSubtypeFails() {
        assertOne(applicatie("{\"component\": \"nrc\", \"scopes\": [],"
                        + " \"zaaktype\": \"https://things.example/zaaktypen/1\"}"),
                "validation.response.body.schema.additionalProperties", "/autorisaties/0", "[\"zaaktype\"]");
        assertOne(rollen(VESTIGING.replace("vestigingsNummer", "identificatie")),
                "validation.response.body.schema.additionalProperties", "/results/0/betrokkeneIdentificatie",
                "[\"identificatie\"]");
    }

    @Test
    void aWrongValueInsideTheSubtypeFails() {
        assertOne(applicatie("{\"component\": \"zrc\", \"scopes\": [], \"zaaktype\": \"zaaktypen/1\"}"),
                "validation.response.body.schema.format.uri", "/autorisaties/0/zaaktype", "zaaktypen/1");
        assertOne(rollen(MEDEWERKER.replace("\"m-1\"", "12")), "validation.response.body.schema.type",
                "/results/0/betrokkeneIdentificatie/identificatie", "integer");
    }

    @Test
    void aToleranceCoversADiscriminatedFinding() {
        OasResponseValidator tolerant = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of(
                Tolerance.of("GET", "/applicaties/{uuid}", "validation.response.body.schema.required",
                        "[\"zaaktype\"]", "an autorisatie of the fixture without its zaaktype")));
        assertEquals(List.of(), tolerant.violations("GET", APPLICATIE, 200, JSON,
                "{\"label\": \"app\", \"autorisaties\": [{\"component\": \"zrc\", \"scopes\": []}]}"));
    }
}
