package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * The shared request dialect on the Catalogi's real resources (issue 9 item 3): the reference's codes and Dutch
 * reasons, dotted paths, snake_case bodies on POST and PATCH, numbers taken as text.
 */
@QuarkusTest
class CatalogusDialectTest {

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code)));
    }

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code, String reason) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code), hasEntry("reason", reason)));
    }

    private static ValidatableResponse postZaaktype(Map<String, Object> body) {
        return admin(body).post(ROOT + "/zaaktypen").then();
    }

    private static Map<String, Object> zaaktype(Map<String, Object> changes) {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("ZT"));
        body.putAll(changes);
        return body;
    }

    /** {@code gerelateerdeZaaktypen} becomes {@code gerelateerde_zaaktypen}, at every depth. */
    @SuppressWarnings("unchecked")
    private static Object snake(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(((String) k).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(), snake(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(CatalogusDialectTest::snake).toList();
        }
        return value;
    }

    @Test
    void absentIsRequiredAndNullIsNull() {
        Map<String, Object> body = zaaktype(Map.of());
        body.remove("doel");
        body.put("aanleiding", null);
        postZaaktype(body).statusCode(400)
                .body("invalidParams", error("doel", "required", "Dit veld is vereist."))
                .body("invalidParams", error("aanleiding", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void emptyStringIsBlank() {
        postZaaktype(zaaktype(Map.of("onderwerp", "", "catalogus", ""))).statusCode(400)
                .body("invalidParams", error("onderwerp", "blank", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("catalogus", "blank"));
    }

    @Test
    void anObjectOrABooleanWhereAStringBelongsIsInvalid() {
        postZaaktype(zaaktype(Map.of("doel", Map.of("a", 1)))).statusCode(400)
                .body("invalidParams", error("doel", "invalid", "Geen geldige string."));
        postZaaktype(zaaktype(Map.of("doel", true))).statusCode(400)
                .body("invalidParams", error("doel", "invalid", "Geen geldige string."));
    }

    @Test
    void aNumberWhereAStringBelongsIsStoredAsText() {
        String url = postZaaktype(zaaktype(Map.of("onderwerp", 12345))).statusCode(201)
                .body("onderwerp", equalTo("12345")).extract().path("url");
        as(admin()).get(path(url)).then().statusCode(200).body("onderwerp", equalTo("12345"));
    }

    @Test
    void unknownChoiceIsInvalidChoice() {
        postZaaktype(zaaktype(Map.of("vertrouwelijkheidaanduiding", "heel_geheim", "indicatieInternOfExtern", "beide")))
                .statusCode(400)
                .body("invalidParams", error("vertrouwelijkheidaanduiding", "invalid_choice",
                        "\"heel_geheim\" is een ongeldige keuze."))
                .body("invalidParams", error("indicatieInternOfExtern", "invalid_choice",
                        "\"beide\" is een ongeldige keuze."))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void tooLongIsMaxLength() {
        postZaaktype(zaaktype(Map.of("handelingInitiator", "x".repeat(21)))).statusCode(400)
                .body("invalidParams", error("handelingInitiator", "max_length",
                        "Zorg ervoor dat dit veld niet meer dan 20 karakters bevat."));
    }

    @Test
    void badUrlIsInvalid() {
        postZaaktype(zaaktype(Map.of("productenOfDiensten", List.of("https://example.com/p", "geen url"),
                "selectielijstProcestype", "/relatief"))).statusCode(400)
                .body("invalidParams", error("productenOfDiensten.1", "invalid", "Voer een geldige URL in."))
                .body("invalidParams", error("selectielijstProcestype", "invalid", "Voer een geldige URL in."))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void nestedErrorsCarryTheDottedPath() {
        postZaaktype(zaaktype(Map.of("referentieproces", Map.of("naam", ""),
                "gerelateerdeZaaktypen", List.of(Map.of("zaaktype", "ZT-ander", "aardRelatie", "familie")))))
                .statusCode(400)
                .body("invalidParams", error("referentieproces.naam", "blank"))
                .body("invalidParams", error("gerelateerdeZaaktypen.0.aardRelatie", "invalid_choice"))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void aSnakeCaseBodyIsAcceptedOnPostAndPatch() {
        String catalogus = catalogus();
        String ander = unique("ZT");
        Fixtures.zaaktype(catalogus, ander);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", ander, "aardRelatie", "vervolg",
                "toelichting", "na de aanvraag")));
        String url = admin(snake(body)).post(ROOT + "/zaaktypen").then().statusCode(201)
                .body("indicatieInternOfExtern", equalTo("extern"))
                .body("handelingInitiator", equalTo("aanvragen"))
                .body("beginGeldigheid", equalTo("2024-01-01"))
                .body("gerelateerdeZaaktypen[0].aardRelatie", equalTo("vervolg"))
                .body("gerelateerdeZaaktypen[0].toelichting", equalTo("na de aanvraag"))
                .extract().path("url");
        admin(Map.of("handeling_initiator", "indienen", "opschorting_en_aanhouding_mogelijk", true))
                .patch(path(url)).then().statusCode(200)
                .body("handelingInitiator", equalTo("indienen"))
                .body("opschortingEnAanhoudingMogelijk", equalTo(true))
                .body("gerelateerdeZaaktypen[0].aardRelatie", equalTo("vervolg"));
    }

    @Test
    void aPatchWithNullForARequiredFieldIsNull() {
        String url = Fixtures.zaaktype(catalogus(), unique("ZT"));
        Map<String, Object> patch = new HashMap<>();
        patch.put("omschrijving", null);
        patch.put("handeling_behandelaar", "");
        admin(patch).patch(path(url)).then().statusCode(400)
                .body("invalidParams", error("omschrijving", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("handelingBehandelaar", "blank"))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void theRsinIsCheckedByTheSharedConstraint() {
        Map<String, Object> body = catalogusBody();
        body.put("rsin", "12345678a");
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams", error("rsin", "only-digits", "Waarde moet numeriek zijn."))
                .body("invalidParams", hasSize(1));
        body.put("rsin", "123456789");
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams", error("rsin", "invalid", "Onjuist RSIN nummer."));
        String url = catalogus();
        admin(Map.of("rsin", "1234")).patch(path(url)).then().statusCode(400)
                .body("invalidParams", error("rsin", "invalid-length", "RSIN moet 9 tekens lang zijn."));
    }
}
