package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * The lists as filter declarations: page size, count and the exact next/previous URLs; URL filters with a non-URL
 * value are 400 {@code invalid} (never an empty list); bad date, boolean and enum values get their codes, all
 * reported together; 1.3.1 spellings filter too.
 */
@QuarkusTest
class CatalogiListsTest {

    private static String base() {
        return "http://localhost:" + RestAssured.port + ROOT;
    }

    @Test
    void roltypenOf101PageOneHasHundredAndTheExactNextPageTwoTheRestAndPrevious() {
        String id = unique("ZTL");
        String zaaktype = zaaktype(catalogus(), id);
        for (int i = 0; i < 101; i++) {
            admin(Map.of("zaaktype", zaaktype, "omschrijving", "Rol " + i, "omschrijvingGeneriek", "initiator"))
                    .post(ROOT + "/roltypen").then().statusCode(201);
        }
        String query = "?zaaktypeIdentificatie=" + id + "&status=alles";
        as(admin()).get(ROOT + "/roltypen" + query).then().statusCode(200)
                .body("count", equalTo(101))
                .body("results", hasSize(100))
                .body("results[0].omschrijving", equalTo("Rol 0"))
                .body("previous", nullValue())
                .body("next", equalTo(base() + "/roltypen" + query + "&page=2"));
        as(admin()).get(ROOT + "/roltypen" + query + "&page=2").then().statusCode(200)
                .body("count", equalTo(101))
                .body("results.omschrijving", equalTo(List.of("Rol 100")))
                .body("next", nullValue())
                .body("previous", equalTo(base() + "/roltypen" + query + "&page=1"));
        as(admin()).get(ROOT + "/roltypen" + query + "&page=3").then().statusCode(404);
        // the default status is definitief: the concept zaaktype's roltypen are not listed without status=alles
        as(admin()).get(ROOT + "/roltypen?zaaktypeIdentificatie=" + id).then().statusCode(200)
                .body("count", equalTo(0)).body("next", nullValue());
    }

    @Test
    void aUrlFilterWithANonUrlValueIsInvalidOnEveryList() {
        Map<String, String> urlFilters = Map.of(
                "/zaakobjecttypen", "objecttype",
                "/statustypen", "zaaktype",
                "/zaaktypen", "catalogus",
                "/besluittypen", "zaaktypen",
                "/zaaktype-informatieobjecttypen", "informatieobjecttype",
                "/eigenschappen", "zaaktype");
        urlFilters.forEach((list, name) -> as(admin()).queryParam(name, "not a url").get(ROOT + list)
                .then().statusCode(400)
                .body("code", equalTo("invalid"))
                .body("invalidParams.findAll { it.name == '" + name + "' }.code", equalTo(List.of("invalid")))
                .body("invalidParams.find { it.name == '" + name + "' }.reason", equalTo("Voer een geldige URL in.")));
    }

    @Test
    void aUrlOfAnotherResourceMatchesNothing() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZTU"));
        as(admin()).queryParam("zaaktype", catalogus).queryParam("status", "alles").get(ROOT + "/statustypen")
                .then().statusCode(200).body("count", equalTo(0));
        statustype(zaaktype, 1);
        as(admin()).queryParam("zaaktype", zaaktype).queryParam("status", "alles").get(ROOT + "/statustypen")
                .then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void badDateBooleanAndEnumValuesGetTheirCodesAllTogether() {
        as(admin()).get(ROOT + "/zaakobjecttypen?datumGeldigheid=morgen&anderObjecttype=misschien"
                        + "&datumBeginGeldigheid=2024-13-01")
                .then().statusCode(400)
                .body("invalidParams.find { it.name == 'datumGeldigheid' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'datumBeginGeldigheid' }.code", equalTo("invalid"))
                .body("invalidParams.find { it.name == 'anderObjecttype' }.code", equalTo("invalid"))
                .body("invalidParams", hasSize(3));
        as(admin()).get(ROOT + "/zaaktype-informatieobjecttypen?richting=zijwaarts&status=soms")
                .then().statusCode(400)
                .body("invalidParams.find { it.name == 'richting' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'status' }.code", equalTo("invalid_choice"))
                .body("invalidParams", hasSize(2));
        as(admin()).get(ROOT + "/roltypen?omschrijvingGeneriek=baas&datum_geldigheid=gisteren")
                .then().statusCode(400)
                .body("invalidParams.find { it.name == 'omschrijvingGeneriek' }.code", equalTo("invalid_choice"))
                .body("invalidParams.find { it.name == 'datum_geldigheid' }.code", equalTo("invalid"));
    }

    @Test
    void theOlderSpellingsFilterAsTheOfficialOnes() {
        String id = unique("ZTS");
        String zaaktype = zaaktype(catalogus(), id);
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        as(admin()).get(ROOT + "/statustypen?zaaktype_identificatie=" + id + "&status=alles")
                .then().statusCode(200).body("count", equalTo(2)).body("results.volgnummer", equalTo(List.of(1, 2)));
        as(admin()).get(ROOT + "/statustypen?zaaktype_identificatie=" + id + "&status=alles"
                        + "&datum_geldigheid=2023-12-31")
                .then().statusCode(200).body("count", equalTo(0));
        as(admin()).get(ROOT + "/statustypen?zaaktypeIdentificatie=" + id + "&status=alles"
                        + "&datumGeldigheid=2024-01-01")
                .then().statusCode(200).body("count", equalTo(2));
    }

    @Test
    void parametersOfOtherListsAreUnknown() {
        as(admin()).get(ROOT + "/catalogussen?identificatie=x&domein=ABC").then().statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("unknown-parameters"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Onbekende query parameters: identificatie"));
        as(admin()).get(ROOT + "/zaakobjecttypen?status=alles").then().statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("unknown-parameters"));
    }
}
