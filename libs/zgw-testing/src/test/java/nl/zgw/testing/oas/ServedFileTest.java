package nl.zgw.testing.oas;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator built from the file as a running service serves it (SmallRye OpenAPI reads the official file and
 * writes it back: {@code nullable} beside a {@code oneOf} becomes {@code enum: [null]}, {@code allOf} parts change
 * order) judges as the one the service module's tests build from the file itself, as e2e needs.
 */
class ServedFileTest {

    private static final String ROOT = "/things/api/v1";
    private static final String THING = ROOT + "/things/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f";
    private static final String APPLICATIE = ROOT + "/applicaties/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f";
    private static final String JSON = "application/json";

    private static final String SERVED = SmallRyeOpenAPI.builder()
            .withConfig(ConfigProvider.getConfig())
            .enableAnnotationScan(false)
            .enableModelReader(false)
            .enableStandardStaticFiles(false)
            .enableStandardFilter(false)
            .withCustomStaticFile(() -> ServedFileTest.class.getResourceAsStream("/oas/things.yaml"))
            .build()
            .toYAML();

    private final OasResponseValidator fromFile = OasResponseValidator.of("/oas/things.yaml", ROOT, List.of());
    private final OasResponseValidator fromServed = OasResponseValidator.ofText(SERVED, ROOT, List.of());

    private static String thing(String archiefnominatie) {
        return """
                {"url": "https://things.example/api/v1/things/7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f",
                 "uuid": "7d2a4e1c-3b5f-4f7a-9c2e-1a2b3c4d5e6f", "status": "concept", "datum": "2026-12-02",
                 "registratie": "2026-12-02T04:00:00Z", "archiefnominatie": %s}""".formatted(archiefnominatie);
    }

    private static String applicatie(String autorisatie) {
        return "{\"label\": \"app\", \"autorisaties\": [" + autorisatie + "]}";
    }

    @Test
    void theServedFileIsWrittenOtherwiseThanTheFile() {
        assertTrue(SERVED.contains("archiefnominatie"), SERVED);
        assertNotEquals(OasResponseValidator.withoutExternalRefs(read()),
                OasResponseValidator.withoutExternalRefs(SERVED));
    }

    @Test
    void aNullableOneOfOfEnumBlankEnumAndNullEnumTakesEachOfThemFromTheServedFile() {
        for (String value : new String[] {"\"vernietigen\"", "\"blijvend_bewaren\"", "\"\"", "null"}) {
            assertEquals(List.of(), fromServed.violations("GET", THING, 200, JSON, thing(value)), value);
            assertEquals(List.of(), fromFile.violations("GET", THING, 200, JSON, thing(value)), value);
        }
    }

    @Test
    void aValueOutsideTheOneOfFailsFromTheServedFileAsFromTheFile() {
        List<String> served = fromServed.violations("GET", THING, 200, JSON, thing("\"bewaren\""));
        List<String> file = fromFile.violations("GET", THING, 200, JSON, thing("\"bewaren\""));
        assertEquals(1, served.size(), served.toString());
        assertTrue(served.get(0).startsWith("[validation.response.body.schema.oneOf]"), served.toString());
        assertEquals(file, served);
    }

    @Test
    void discriminatedObjectsAreJudgedByTheirSubschemaFromTheServedFile() {
        String conforming = "{\"component\": \"zrc\", \"scopes\": [\"zaken.lezen\"],"
                + " \"zaaktype\": \"https://things.example/zaaktypen/1\"}";
        assertEquals(List.of(), fromServed.violations("GET", APPLICATIE, 200, JSON, applicatie(conforming)));
        for (String wrong : new String[] {"{\"component\": \"zrc\", \"scopes\": []}",
                "{\"component\": \"brc\", \"scopes\": []}", "{\"component\": \"nrc\", \"scopes\": [], \"x\": 1}"}) {
            List<String> served = fromServed.violations("GET", APPLICATIE, 200, JSON, applicatie(wrong));
            assertEquals(1, served.size(), wrong + ": " + served);
            assertEquals(fromFile.violations("GET", APPLICATIE, 200, JSON, applicatie(wrong)), served, wrong);
        }
    }

    private static String read() {
        try (var in = ServedFileTest.class.getResourceAsStream("/oas/things.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
