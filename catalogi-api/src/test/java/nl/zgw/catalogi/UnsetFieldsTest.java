package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * An optional field left unset is answered with the empty value of its type when the official file does not allow
 * it to be null ("" for a string or URL, false, [], a gegevensgroep of empty values), as Open Zaak answers it; a
 * field marked nullable stays null.
 */
@QuarkusTest
class UnsetFieldsTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void zaaktypeUnsetStringsAndGroupsAreEmpty() {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("UF"));
        body.remove("selectielijstProcestype");
        String zaaktype = zaaktype(body);
        as(admin()).get(path(zaaktype)).then().statusCode(200)
                .body("omschrijvingGeneriek", equalTo(""))
                .body("toelichting", equalTo(""))
                .body("publicatietekst", equalTo(""))
                .body("selectielijstProcestype", equalTo(""))
                .body("verantwoordingsrelatie", empty())
                .body("referentieproces", equalTo(Map.of("naam", "proces", "link", "")))
                .body("broncatalogus", equalTo(Map.of("url", "", "domein", "", "rsin", "")))
                .body("bronzaaktype", equalTo(Map.of("url", "", "identificatie", "", "omschrijving", "")))
                .body("servicenorm", nullValue())
                .body("eindeGeldigheid", nullValue());
    }

    @Test
    void gerelateerdZaaktypeWithoutAPublishedVersionIsAnEmptyUrl() {
        String catalogus = catalogus();
        String onbekend = unique("NOG-NIET");
        Map<String, Object> body = zaaktypeBody(catalogus, unique("UF"));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", onbekend, "aardRelatie", "vervolg")));
        String zaaktype = zaaktype(body);
        as(admin()).get(path(zaaktype)).then().statusCode(200)
                .body("gerelateerdeZaaktypen[0].zaaktype", equalTo(""))
                .body("gerelateerdeZaaktypen[0].zaaktypeIdentificatie", equalTo(onbekend))
                .body("gerelateerdeZaaktypen[0].toelichting", equalTo(""));
    }

    @Test
    void statustypeUnsetFieldsAreEmptyAndToelichtingStaysNull() {
        String statustype = statustype(zaaktype(catalogus(), unique("UF")), 1);
        as(admin()).get(path(statustype)).then().statusCode(200)
                .body("omschrijvingGeneriek", equalTo(""))
                .body("statustekst", equalTo(""))
                .body("informeren", equalTo(false))
                .body("toelichting", nullValue())
                .body("doorlooptijd", nullValue());
    }

    @Test
    void besluittypeUnsetStringsAreEmpty() {
        String besluittype = besluittype(catalogus(), unique("UF"));
        as(admin()).get(path(besluittype)).then().statusCode(200)
                .body("omschrijvingGeneriek", equalTo(""))
                .body("besluitcategorie", equalTo(""))
                .body("publicatietekst", equalTo(""))
                .body("toelichting", equalTo(""))
                .body("reactietermijn", nullValue());
    }

    @Test
    void informatieobjecttypeUnsetOmschrijvingGeneriekIsAGroupOfEmptyValues() {
        String iot = iot(catalogus(), unique("UF"));
        as(admin()).get(path(iot)).then().statusCode(200)
                .body("omschrijvingGeneriek.informatieobjecttypeOmschrijvingGeneriek", equalTo(""))
                .body("omschrijvingGeneriek.definitieInformatieobjecttypeOmschrijvingGeneriek", equalTo(""))
                .body("omschrijvingGeneriek.herkomstInformatieobjecttypeOmschrijvingGeneriek", equalTo(""))
                .body("omschrijvingGeneriek.hierarchieInformatieobjecttypeOmschrijvingGeneriek", equalTo(""))
                .body("omschrijvingGeneriek", hasKey("opmerkingInformatieobjecttypeOmschrijvingGeneriek"))
                .body("omschrijvingGeneriek.opmerkingInformatieobjecttypeOmschrijvingGeneriek", nullValue())
                .body("trefwoord", empty());
    }

    @Test
    void eigenschapUnsetToelichtingAndSpecificatieFieldsAreEmpty() {
        String zaaktype = zaaktype(catalogus(), unique("UF"));
        String eigenschap = admin(Map.of("zaaktype", zaaktype, "naam", "kenteken", "definitie", "d",
                "specificatie", Map.of("formaat", "tekst", "lengte", "6", "kardinaliteit", "1")))
                .post(ROOT + "/eigenschappen").then().statusCode(201).extract().path("url");
        as(admin()).get(path(eigenschap)).then().statusCode(200)
                .body("toelichting", equalTo(""))
                .body("specificatie.groep", equalTo(""))
                .body("specificatie.waardenverzameling", empty())
                .body("statustype", nullValue());
    }

    @Test
    void resultaattypeUnsetBrondatumArchiefprocedureFieldsAreEmpty() {
        Selectielijst s = selectielijst(wm, "nihil");
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("UF"));
        body.put("selectielijstProcestype", s.procestype());
        String zaaktype = zaaktype(body);
        String resultaattype = admin(resultaattypeBody(zaaktype, s)).post(ROOT + "/resultaattypen").then()
                .statusCode(201).extract().path("url");
        as(admin()).get(path(resultaattype)).then().statusCode(200)
                .body("toelichting", equalTo(""))
                .body("brondatumArchiefprocedure.afleidingswijze", equalTo("afgehandeld"))
                .body("brondatumArchiefprocedure.datumkenmerk", equalTo(""))
                .body("brondatumArchiefprocedure.einddatumBekend", equalTo(false))
                .body("brondatumArchiefprocedure.objecttype", equalTo(""))
                .body("brondatumArchiefprocedure.registratie", equalTo(""))
                .body("brondatumArchiefprocedure.procestermijn", nullValue());
    }

    @Test
    void zaaktypeInformatieobjecttypeWithoutAPublishedVersionIsAnEmptyUrl() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("UF"));
        String naam = unique("Concept");
        iot(catalogus, naam);
        String ziot = admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", naam, "volgnummer", 1,
                "richting", "inkomend")).post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(201)
                .extract().path("url");
        as(admin()).get(path(ziot)).then().statusCode(200).body("informatieobjecttype", equalTo(""));
    }
}
