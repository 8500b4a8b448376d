package nl.zgw.common.request;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.common.support.Api.asAll;
import static nl.zgw.common.support.Problem.assertFout;
import static org.hamcrest.Matchers.*;

/**
 * The one request dialect (issue 9 item 3): the reference's codes and Dutch reasons, dotted paths, snake_case keys at
 * every depth, number coercion, all field errors at once; the same on typed, raw and PATCH bodies.
 */
@QuarkusTest
class DialectTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String DIALECT = "/test/api/v1/dialect";
    static final String CATALOGUS = "http://ztc.example.nl/catalogi/api/v1/catalogussen/1";
    static final String VALID = "{\"omschrijving\": \"soort\", \"catalogus\": \"" + CATALOGUS + "\"}";

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code)));
    }

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code, String reason) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code), hasEntry("reason", reason)));
    }

    private static Response post(String path, String body) {
        return asAll().contentType("application/json").body(body).post(DIALECT + path);
    }

    private static ValidatableResponse invalid(String path, String body) {
        return assertFout(post(path, body), 400, "invalid");
    }

    /** The body with one field replaced (a JSON fragment, e.g. {@code "code": 1}). */
    private static String with(String field) {
        return VALID.substring(0, VALID.length() - 1) + ", " + field + "}";
    }

    @Test
    void absentIsRequiredAndNullIsNull() {
        for (String path : new String[] {"", "/raw"}) {
            invalid(path, "{\"omschrijving\": null}")
                    .body("invalidParams", error("omschrijving", "null", "Dit veld mag niet leeg zijn."))
                    .body("invalidParams", error("catalogus", "required", "Dit veld is vereist."))
                    .body("invalidParams", hasSize(2));
        }
    }

    @Test
    void anOptionalFieldThatMayNotBeNullIsNullOnlyWhenSentAsNull() {
        post("", VALID).then().statusCode(200).body("actief", nullValue());
        invalid("", with("\"actief\": null")).body("invalidParams", error("actief", "null"))
                .body("invalidParams", hasSize(1));
        invalid("/raw", with("\"actief\": null")).body("invalidParams", error("actief", "null"));
    }

    @Test
    void emptyStringIsBlank() {
        invalid("", "{\"omschrijving\": \"\", \"catalogus\": \" \"}")
                .body("invalidParams", error("omschrijving", "blank", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("catalogus", "blank"));
    }

    @Test
    void objectArrayOrBooleanWhereAStringBelongsIsInvalid() {
        for (String value : new String[] {"{\"a\": 1}", "[\"a\"]", "true"}) {
            invalid("", with("\"code\": " + value))
                    .body("invalidParams", error("code", "invalid", "Geen geldige string."));
            invalid("/raw", with("\"code\": " + value)).body("invalidParams", error("code", "invalid"));
        }
    }

    @Test
    void aNumberForAStringFieldIsTakenAsText() {
        post("", with("\"code\": 1234")).then().statusCode(200).body("code", equalTo("1234"));
        post("/raw", with("\"code\": 12.5")).then().statusCode(200).body("code", equalTo("12.5"));
    }

    @Test
    void aFractionIsNoInteger() {
        invalid("", with("\"aantal\": 1.5")).body("invalidParams", error("aantal", "invalid", "Een geldig getal is vereist."));
    }

    @Test
    void badDateIsInvalid() {
        invalid("", with("\"beginGeldigheid\": \"2026-13-45\""))
                .body("invalidParams", error("beginGeldigheid", "invalid",
                        "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD."));
    }

    /** Jackson's lenient default read 20240101 as days since 1970 (stored +57385-07-07) and "" as no date. */
    @Test
    void aNumberAnArrayOrAnEmptyStringForADateIsInvalid() {
        for (String value : new String[] {"20240101", "[2026, 1, 1]", "\"\""}) {
            invalid("", with("\"beginGeldigheid\": " + value))
                    .body("invalidParams", error("beginGeldigheid", "invalid"));
        }
    }

    @Test
    void aScalarWhereAListBelongsIsNotAList() {
        invalid("", with("\"trefwoorden\": \"a\""))
                .body("invalidParams", error("trefwoorden", "not_a_list",
                        "Verwachtte een lijst met items, maar kreeg type \"str\"."));
    }

    @Test
    void aScalarWhereAnObjectBelongsIsInvalid() {
        invalid("", with("\"brondatumArchiefprocedure\": \"x\""))
                .body("invalidParams", error("brondatumArchiefprocedure", "invalid",
                        "Ongeldige data. Verwacht een dictionary, kreeg een str."));
    }

    @Test
    void unknownChoiceIsInvalidChoice() {
        invalid("", with("\"vertrouwelijkheidaanduiding\": \"heel_geheim\", \"component\": \"xyz\""))
                .body("invalidParams", error("vertrouwelijkheidaanduiding", "invalid_choice",
                        "\"heel_geheim\" is een ongeldige keuze."))
                .body("invalidParams", error("component", "invalid_choice", "\"xyz\" is een ongeldige keuze."));
        post("", with("\"vertrouwelijkheidaanduiding\": \"zeer_geheim\", \"component\": \"zrc\""))
                .then().statusCode(200).body("component", equalTo("zrc"));
    }

    @Test
    void tooLongIsMaxLengthAndTooShortMinLength() {
        invalid("", "{\"omschrijving\": \"elf tekens!\", \"code\": \"ab\", \"aantal\": 100, \"catalogus\": \""
                + CATALOGUS + "\"}")
                .body("invalidParams", error("omschrijving", "max_length",
                        "Zorg ervoor dat dit veld niet meer dan 10 karakters bevat."))
                .body("invalidParams", error("code", "min_length",
                        "Zorg ervoor dat dit veld minimaal 3 karakters bevat."))
                .body("invalidParams", error("aantal", "max_value",
                        "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan 99."))
                .body("invalidParams", hasSize(3));
    }

    @Test
    void badUrlIsInvalid() {
        for (String url : new String[] {"geen url", "/relatief/pad", "ftp://ztc.example.nl/x", "http://"}) {
            invalid("", with("\"link\": \"" + url + "\""))
                    .body("invalidParams", error("link", "invalid", "Voer een geldige URL in."));
        }
        post("", with("\"link\": \"\"")).then().statusCode(200).body("link", equalTo(""));
    }

    @Test
    void durationRsinAndBsnAreChecked() {
        invalid("", with("\"doorlooptijd\": \"30 dagen\", \"rsin\": \"123456789\", \"bsn\": \"12345\""))
                .body("invalidParams", error("doorlooptijd", "invalid"))
                .body("invalidParams", error("rsin", "invalid", "Onjuist RSIN nummer."))
                .body("invalidParams", error("bsn", "invalid-length", "BSN moet 9 tekens lang zijn."));
        invalid("", with("\"rsin\": \"12345678a\"")).body("invalidParams", error("rsin", "only-digits"));
        post("", with("\"doorlooptijd\": \"P30D\", \"rsin\": \"002564440\", \"bsn\": \"111222333\""))
                .then().statusCode(200).body("rsin", equalTo("002564440"));
    }

    @Test
    void nestedErrorsCarryTheDottedPath() {
        invalid("", with("\"brondatumArchiefprocedure\": {\"datumkenmerk\": \"veel te lang kenmerk\"},"
                + " \"kenmerken\": [{\"naam\": \"a\"}, {\"naam\": null, \"aardRelatie\": \"x\"}, null],"
                + " \"trefwoorden\": [\"a\", \"\"]"))
                .body("invalidParams", error("brondatumArchiefprocedure.afleidingswijze", "required"))
                .body("invalidParams", error("brondatumArchiefprocedure.datumkenmerk", "max_length"))
                .body("invalidParams", error("kenmerken.1.naam", "null"))
                .body("invalidParams", error("kenmerken.1.aardRelatie", "invalid_choice"))
                .body("invalidParams", error("kenmerken.2", "null"))
                .body("invalidParams", error("trefwoorden.1", "blank"))
                .body("invalidParams", hasSize(6));
    }

    @Test
    void snakeCaseKeysAreAcceptedAtEveryDepthButMapKeysStayAsSent() {
        String body = "{\"omschrijving\": \"soort\", \"catalogus\": \"" + CATALOGUS + "\","
                + " \"begin_geldigheid\": \"2026-01-01\", \"brondatum_archiefprocedure\": {\"afleidingswijze\":"
                + " \"termijn\", \"datum_kenmerk\": \"x\", \"datumkenmerk\": \"d\"},"
                + " \"kenmerken\": [{\"naam\": \"k\", \"aard_relatie\": \"bijdrage\"}],"
                + " \"filters\": {\"bron_organisatie\": \"123\"}}";
        for (String path : new String[] {"", "/raw"}) {
            post(path, body).then().statusCode(200)
                    .body("beginGeldigheid", equalTo("2026-01-01"))
                    .body("brondatumArchiefprocedure.afleidingswijze", equalTo("termijn"))
                    .body("brondatumArchiefprocedure.datumkenmerk", equalTo("d"))
                    .body("kenmerken[0].aardRelatie", equalTo("bijdrage"))
                    .body("filters.bron_organisatie", equalTo("123"))
                    .body("$", not(hasKey("begin_geldigheid")));
        }
        invalid("", with("\"kenmerken\": [{\"naam\": \"k\", \"aard_relatie\": \"onbekend\"}]"))
                .body("invalidParams", error("kenmerken.0.aardRelatie", "invalid_choice"));
    }

    @Test
    void patchIsMergedAndValidatedAsAPut() {
        asAll().contentType("application/json")
                .body("{\"begin_geldigheid\": \"2026-02-01\", \"code\": 123, \"url\": \"genegeerd\"}")
                .patch(DIALECT).then().statusCode(200)
                .body("omschrijving", equalTo("huidig"))
                .body("beginGeldigheid", equalTo("2026-02-01"))
                .body("code", equalTo("123"))
                .body("kenmerken[0].aardRelatie", equalTo("vervolg"))
                .body("$", not(hasKey("url")));
        assertFout(asAll().contentType("application/json")
                .body("{\"omschrijving\": null, \"code\": true}").patch(DIALECT), 400, "invalid")
                .body("invalidParams", error("code", "invalid", "Geen geldige string."))
                .body("invalidParams", error("omschrijving", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", hasSize(2)); // a value that does not bind hides no other error
        assertFout(asAll().contentType("application/json").body("{\"actief\": null}").patch(DIALECT), 400, "invalid")
                .body("invalidParams", error("actief", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", hasSize(1));
    }

    @Test
    void patchReportsEveryFieldErrorOnceTheValuesBind() {
        assertFout(asAll().contentType("application/json")
                .body("{\"omschrijving\": null, \"brondatum_archiefprocedure\": {\"datumkenmerk\": \"d\"},"
                        + " \"kenmerken\": [{\"aard_relatie\": \"x\"}]}")
                .patch(DIALECT), 400, "invalid")
                .body("invalidParams", error("omschrijving", "null"))
                .body("invalidParams", error("brondatumArchiefprocedure.afleidingswijze", "required"))
                .body("invalidParams", error("kenmerken.0.naam", "required"))
                .body("invalidParams", error("kenmerken.0.aardRelatie", "invalid_choice"))
                .body("invalidParams", hasSize(4));
    }

    @Test
    void aBodyThatIsNoObjectIsInvalidUnderNonFieldErrors() {
        String reason = "Ongeldige data. Verwacht een dictionary, kreeg een list.";
        assertFout(asAll().contentType("application/json").body("[1]").patch(DIALECT), 400, "invalid")
                .body("invalidParams", error("nonFieldErrors", "invalid", reason));
        for (String path : new String[] {"", "/raw"}) {
            invalid(path, "[1]").body("invalidParams", error("nonFieldErrors", "invalid", reason))
                    .body("invalidParams", hasSize(1));
        }
    }

    @Test
    void twoWrongTypesAndAMissingFieldAreThreeErrors() {
        String body = "{\"omschrijving\": {\"a\": 1}, \"aantal\": \"veel\"}";
        for (String path : new String[] {"", "/raw"}) {
            invalid(path, body)
                    .body("invalidParams", error("omschrijving", "invalid", "Geen geldige string."))
                    .body("invalidParams", error("aantal", "invalid", "Een geldig getal is vereist."))
                    .body("invalidParams", error("catalogus", "required", "Dit veld is vereist."))
                    .body("invalidParams", hasSize(3))
                    .body("invalidParams.name", contains("omschrijving", "catalogus", "aantal"));
        }
    }

    @Test
    void everyWrongTypeIsReportedWithTheOtherFieldErrorsAtEveryDepth() {
        String body = "{\"omschrijving\": \"elf tekens!\", \"catalogus\": \"" + CATALOGUS + "\","
                + " \"actief\": null, \"beginGeldigheid\": true, \"trefwoorden\": [\"a\", {}, \"\"],"
                + " \"kenmerken\": [{\"naam\": [1], \"aardRelatie\": \"x\"}, \"geen object\"],"
                + " \"brondatumArchiefprocedure\": {\"afleidingswijze\": 7, \"datumkenmerk\": true}}";
        for (String path : new String[] {"", "/raw"}) {
            invalid(path, body)
                    .body("invalidParams", error("omschrijving", "max_length"))
                    .body("invalidParams", error("actief", "null"))
                    .body("invalidParams", error("beginGeldigheid", "invalid"))
                    .body("invalidParams", error("brondatumArchiefprocedure.afleidingswijze", "invalid_choice"))
                    .body("invalidParams", error("brondatumArchiefprocedure.datumkenmerk", "invalid",
                            "Geen geldige string."))
                    .body("invalidParams", error("kenmerken.0.naam", "invalid", "Geen geldige string."))
                    .body("invalidParams", error("kenmerken.0.aardRelatie", "invalid_choice"))
                    .body("invalidParams", error("kenmerken.1", "invalid",
                            "Ongeldige data. Verwacht een dictionary, kreeg een str."))
                    .body("invalidParams", error("trefwoorden.1", "invalid", "Geen geldige string."))
                    .body("invalidParams", error("trefwoorden.2", "blank"))
                    .body("invalidParams", hasSize(10));
        }
    }

    @Test
    void aBooleanIsWhatTheReferenceTakesForOne() {
        for (String value : new String[] {"3", "\"ja\"", "1.0", "[true]"}) {
            invalid("", with("\"actief\": " + value))
                    .body("invalidParams", error("actief", "invalid", "Moet een geldige boolean zijn."))
                    .body("invalidParams", hasSize(1));
        }
        post("", with("\"actief\": 1")).then().statusCode(200).body("actief", equalTo(true));
        post("", with("\"actief\": \"false\"")).then().statusCode(200).body("actief", equalTo(false));
    }

    @Test
    void everyFailingObjectRuleIsReportedTogether() {
        invalid("/rules", VALID)
                .body("invalidParams", error("nonFieldErrors", "code-vereist"))
                .body("invalidParams", error("nonFieldErrors", "geldigheid-vereist"))
                .body("invalidParams", hasSize(2));
        post("/rules", with("\"code\": \"abc\", \"beginGeldigheid\": \"2026-01-01\"")).then().statusCode(200);
    }
}
