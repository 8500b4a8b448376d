package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** /besluiten: create, read, list with every filter, PUT, PATCH, DELETE. */
@QuarkusTest
class BesluitTest {

    @Test
    void createAnswers201WithLocationAndEveryField() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        body.put("toelichting", "verleend");
        body.put("bestuursorgaan", "college");
        body.put("vervaldatum", "2030-01-01");
        body.put("vervalreden", "tijdelijk");
        body.put("publicatiedatum", "2026-01-02");
        body.put("verzenddatum", "2026-01-03");
        body.put("uiterlijkeReactiedatum", "2026-02-01");
        var r = admin(body).post(ROOT + "/besluiten").then().statusCode(201)
                .body("besluittype", equalTo(besluittype))
                .body("verantwoordelijkeOrganisatie", equalTo(body.get("verantwoordelijkeOrganisatie")))
                .body("zaak", equalTo(""))
                .body("datum", equalTo(body.get("datum")))
                .body("ingangsdatum", equalTo(body.get("ingangsdatum")))
                .body("toelichting", equalTo("verleend"))
                .body("bestuursorgaan", equalTo("college"))
                .body("vervaldatum", equalTo("2030-01-01"))
                .body("vervalreden", equalTo("tijdelijk"))
                .body("vervalredenWeergave", equalTo("Besluit met tijdelijke werking"))
                .body("publicatiedatum", equalTo("2026-01-02"))
                .body("verzenddatum", equalTo("2026-01-03"))
                .body("uiterlijkeReactiedatum", equalTo("2026-02-01"))
                .extract();
        String url = r.path("url");
        org.junit.jupiter.api.Assertions.assertEquals(url, r.header("Location"));
        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url))
                .body("toelichting", equalTo("verleend"));
    }

    @Test
    void unsetOptionalFieldsAnswerAsTheFileAllows() {
        String url = besluit(besluittype());
        as(admin()).get(path(url)).then().statusCode(200)
                .body("toelichting", equalTo("")).body("bestuursorgaan", equalTo(""))
                .body("vervaldatum", nullValue()).body("publicatiedatum", nullValue())
                .body("verzenddatum", nullValue()).body("uiterlijkeReactiedatum", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("vervalreden")));
    }

    @Test
    void readUnknownIs404() {
        as(admin()).get(ROOT + "/besluiten/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersOnIdentificatieVerantwoordelijkeOrganisatieBesluittype() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        String identificatie = unique("ID");
        body.put("identificatie", identificatie);
        String a = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        String b = besluit(besluittype);
        as(admin()).queryParam("identificatie", identificatie).get(ROOT + "/besluiten").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(a));
        as(admin()).queryParam("verantwoordelijkeOrganisatie", body.get("verantwoordelijkeOrganisatie"))
                .queryParam("identificatie", identificatie)
                .get(ROOT + "/besluiten").then().statusCode(200).body("results.url", contains(a));
        as(admin()).queryParam("besluittype", besluittype).get(ROOT + "/besluiten").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", contains(a, b));
        as(admin()).queryParam("zaak", "https://zaken.example.nl/zaken/api/v1/zaken/" + java.util.UUID.randomUUID())
                .queryParam("besluittype", besluittype)
                .get(ROOT + "/besluiten").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void aBadFilterValueIs400InvalidOnTheParameter() {
        as(admin()).queryParam("besluittype", "geen-url").queryParam("zaak", "ook-niet")
                .get(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("invalid"))
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
    }

    @Test
    void anUnknownQueryParameterIs400() {
        as(admin()).queryParam("onbekend", "x").get(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unknown-parameters"));
    }

    @Test
    void listIsPaginated() {
        String besluittype = besluittype();
        besluit(besluittype);
        as(admin()).queryParam("besluittype", besluittype).get(ROOT + "/besluiten").then().statusCode(200)
                .body("count", equalTo(1)).body("next", nullValue()).body("previous", nullValue());
        as(admin()).queryParam("besluittype", besluittype).queryParam("page", "2").get(ROOT + "/besluiten")
                .then().statusCode(404);
    }

    @Test
    void putReplacesTheWritableFields() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        String url = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        Map<String, Object> put = new HashMap<>(body);
        put.put("toelichting", "aangepast");
        put.put("ingangsdatum", "2020-01-01");
        admin(put).put(path(url)).then().statusCode(200).body("toelichting", equalTo("aangepast"))
                .body("ingangsdatum", equalTo("2020-01-01"));
        as(admin()).get(path(url)).then().body("toelichting", equalTo("aangepast"));
    }

    @Test
    void patchMergesAndTakesSnakeCaseKeys() {
        String url = besluit(besluittype());
        admin(Map.of("uiterlijke_reactiedatum", "2026-05-01", "toelichting", "deels")).patch(path(url))
                .then().statusCode(200).body("uiterlijkeReactiedatum", equalTo("2026-05-01"))
                .body("toelichting", equalTo("deels")).body("besluittype", notNullValue());
    }

    @Test
    void patchToNullOfARequiredFieldIs400Null() {
        String url = besluit(besluittype());
        Map<String, Object> patch = new HashMap<>();
        patch.put("ingangsdatum", null);
        admin(patch).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'ingangsdatum' }.code", hasItem("null"));
    }

    @Test
    void brc009DeleteRemovesTheBesluitAndItsAuditTrail() {
        String url = besluit(besluittype());
        as(admin()).get(path(url) + "/audittrail").then().statusCode(200).body("size()", equalTo(1));
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        as(admin()).get(path(url) + "/audittrail").then().statusCode(404);
    }

    @Test
    void generatedIdentificatieFollowsTheReferencePattern() {
        Map<String, Object> body = besluitBody(besluittype());
        body.put("datum", "2025-03-04");
        admin(body).post(ROOT + "/besluiten").then().statusCode(201)
                .body("identificatie", matchesPattern("BESLUIT-2025-\\d{10}"));
    }
}
