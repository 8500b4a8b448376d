package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.hasItem;

/**
 * Bad input on every field of POST /besluiten and POST /besluitinformatieobjecten: 400 ValidatieFout with the
 * DRF-style code on the field (looked for among all invalidParams). A body that is valid except for the field.
 */
@QuarkusTest
class BesluitBadInputTest {

    private static final String BESLUITTYPE =
            "http://localhost:1/catalogi/api/v1/besluittypen/5b1d7e8a-9c1e-4c47-9f5e-7a0d6f0f2f11";

    private static String repeat(int n) {
        return "a".repeat(n);
    }

    private static Object value(String spec) {
        return switch (spec) {
            case "<null>" -> null;
            case "<blank>" -> "";
            case "<object>" -> Map.of("a", 1);
            case "<list>" -> List.of("a");
            case "<true>" -> true;
            case "<number>" -> 20240101;
            case "<51>" -> repeat(51);
            case "<201-url>" -> "https://example.nl/" + repeat(190);
            default -> spec;
        };
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "identificatie, <51>, max_length",
            "identificatie, <object>, invalid",
            "identificatie, <list>, invalid",
            "identificatie, <null>, null",
            "verantwoordelijkeOrganisatie, <true>, invalid",
            "verantwoordelijkeOrganisatie, <null>, null",
            "verantwoordelijkeOrganisatie, <blank>, blank",
            "verantwoordelijkeOrganisatie, 12345678, invalid-length",
            "verantwoordelijkeOrganisatie, 12345678a, only-digits",
            "verantwoordelijkeOrganisatie, 123456789, invalid",
            "besluittype, <null>, null",
            "besluittype, <blank>, blank",
            "besluittype, geen-url, invalid",
            "besluittype, <201-url>, max_length",
            "besluittype, <object>, invalid",
            "zaak, geen-url, invalid",
            "zaak, <201-url>, max_length",
            "zaak, <null>, null",
            "zaak, <list>, invalid",
            "datum, <null>, null",
            "datum, <blank>, invalid",
            "datum, <number>, invalid",
            "datum, 2020-13-01, invalid",
            "datum, gisteren, invalid",
            "toelichting, <object>, invalid",
            "toelichting, <null>, null",
            "bestuursorgaan, <51>, max_length",
            "bestuursorgaan, <list>, invalid",
            "bestuursorgaan, <null>, null",
            "ingangsdatum, <null>, null",
            "ingangsdatum, 01-01-2020, invalid",
            "ingangsdatum, <blank>, invalid",
            "ingangsdatum, <object>, invalid",
            "vervaldatum, morgen, invalid",
            "vervaldatum, 2024-02-30, invalid",
            "vervaldatum, <true>, invalid",
            "vervalreden, altijd, invalid_choice",
            "vervalreden, <null>, null",
            "vervalreden, <object>, invalid",
            "publicatiedatum, x, invalid",
            "publicatiedatum, <number>, invalid",
            "verzenddatum, x, invalid",
            "verzenddatum, <list>, invalid",
            "uiterlijkeReactiedatum, x, invalid",
            "uiterlijkeReactiedatum, 2024-1-5, invalid",
    })
    void aBadFieldIsReportedOnThatField(String field, String spec, String code) {
        Map<String, Object> body = besluitBody(BESLUITTYPE);
        body.put(field, value(spec));
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem(code));
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"verantwoordelijkeOrganisatie", "besluittype", "datum", "ingangsdatum"})
    void aMissingRequiredFieldIsRequired(String field) {
        Map<String, Object> body = besluitBody(BESLUITTYPE);
        body.remove(field);
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem("required"));
    }

    @Test
    void constraintViolationsAreReportedTogether() {
        Map<String, Object> body = new HashMap<>();
        body.put("identificatie", repeat(51));
        body.put("bestuursorgaan", repeat(51));
        body.put("vervalreden", "nooit");
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'identificatie' }.code", hasItem("max_length"))
                .body("invalidParams.findAll { it.name == 'bestuursorgaan' }.code", hasItem("max_length"))
                .body("invalidParams.findAll { it.name == 'vervalreden' }.code", hasItem("invalid_choice"))
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'datum' }.code", hasItem("required"));
    }

    /** The same rules on PATCH (laid over the stored besluit) and PUT, on a besluit that exists. */
    @ParameterizedTest(name = "PATCH {0}={1} -> {2}")
    @CsvSource({
            "datum, 2020-13-01, invalid",
            "datum, <null>, null",
            "ingangsdatum, <number>, invalid",
            "vervalreden, altijd, invalid_choice",
            "vervalreden, <null>, null",
            "bestuursorgaan, <51>, max_length",
            "toelichting, <null>, null",
            "toelichting, <list>, invalid",
            "vervaldatum, x, invalid",
            "verantwoordelijkeOrganisatie, <blank>, blank",
    })
    void aBadFieldInAPatchIsReportedOnThatField(String field, String spec, String code) {
        String url = besluit(besluittype());
        Map<String, Object> patch = new HashMap<>();
        patch.put(field, value(spec));
        admin(patch).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem(code));
    }

    @ParameterizedTest(name = "PUT without {0}")
    @CsvSource({"verantwoordelijkeOrganisatie", "besluittype", "datum", "ingangsdatum"})
    void aPutWithoutARequiredFieldIsRequired(String field) {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        String url = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        body.remove(field);
        admin(body).put(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem("required"));
    }

    @Test
    void theNullableDatesTakeNull() {
        Map<String, Object> body = besluitBody(besluittype());
        for (String field : List.of("vervaldatum", "publicatiedatum", "verzenddatum", "uiterlijkeReactiedatum")) {
            body.put(field, null);
        }
        admin(body).post(ROOT + "/besluiten").then().statusCode(201);
    }

    @ParameterizedTest(name = "body {0}")
    @CsvSource({"'[]'", "'\"besluit\"'", "'42'"})
    void aBodyThatIsNotAnObjectIs400(String json) {
        as(admin()).body(json).post(ROOT + "/besluiten").then().statusCode(400);
        as(admin()).body(json).post(ROOT + "/besluitinformatieobjecten").then().statusCode(400);
    }

    @Test
    void malformedJsonIsParseError() {
        as(admin()).body("{\"datum\": ").post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("parse_error"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "informatieobject, <null>, null",
            "informatieobject, <blank>, blank",
            "informatieobject, geen-url, invalid",
            "informatieobject, <object>, invalid",
            "informatieobject, <number>, invalid",
            "besluit, <null>, null",
            "besluit, <blank>, blank",
            "besluit, geen-url, invalid",
            "besluit, <list>, invalid",
            "besluit, <true>, invalid",
    })
    void aBadBesluitinformatieobjectFieldIsReportedOnThatField(String field, String spec, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("informatieobject", "http://localhost:1/documenten/api/v1/enkelvoudiginformatieobjecten/"
                + java.util.UUID.randomUUID());
        body.put("besluit", "http://localhost/besluiten/api/v1/besluiten/" + java.util.UUID.randomUUID());
        body.put(field, value(spec));
        admin(body).post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem(code));
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"informatieobject", "besluit"})
    void aMissingBesluitinformatieobjectFieldIsRequired(String field) {
        Map<String, Object> body = new HashMap<>();
        body.put("informatieobject", "http://localhost:1/documenten/api/v1/enkelvoudiginformatieobjecten/"
                + java.util.UUID.randomUUID());
        body.put("besluit", "http://localhost/besluiten/api/v1/besluiten/" + java.util.UUID.randomUUID());
        body.remove(field);
        admin(body).post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == '" + field + "' }.code", hasItem("required"));
    }

    @Test
    void informatieobjectLongerThan1000IsMaxLength() {
        Map<String, Object> body = new HashMap<>();
        body.put("informatieobject", "https://example.nl/" + repeat(1000));
        body.put("besluit", "http://localhost/besluiten/api/v1/besluiten/" + java.util.UUID.randomUUID());
        admin(body).post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("max_length"));
    }
}
