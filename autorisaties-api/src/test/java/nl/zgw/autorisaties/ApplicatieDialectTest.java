package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.autorisaties.support.Ac.APPLICATIES;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.Matchers.*;

/**
 * The shared request dialect on applicaties (issue 9 item 3): the same codes and Dutch reasons as the Catalogi and
 * Notificaties APIs, snake_case bodies on POST and PATCH, numbers taken as text.
 */
@QuarkusTest
class ApplicatieDialectTest {

    static final String ZAAKTYPE = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/1";

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code, String reason) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code), hasEntry("reason", reason)));
    }

    @Test
    void absentIsRequiredNullIsNullEmptyIsBlankObjectIsInvalid() {
        Map<String, Object> body = new HashMap<>();
        body.put("label", null);
        body.put("clientIds", List.of("", Map.of("a", 1)));
        admin().body(body).post(APPLICATIES).then().statusCode(400)
                .body("invalidParams", error("label", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("clientIds.0", "blank", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("clientIds.1", "invalid", "Geen geldige string."));
        admin().body(Map.of("clientIds", List.of(unique("d")))).post(APPLICATIES).then().statusCode(400)
                .body("invalidParams", error("label", "required", "Dit veld is vereist."));
    }

    @Test
    void badChoiceTooLongAndBadUrl() {
        admin().body(Map.of("clientIds", List.of(unique("d")), "label", "l".repeat(101), "autorisaties", List.of(
                        Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", "geen url",
                                "maxVertrouwelijkheidaanduiding", "heel_geheim"))))
                .post(APPLICATIES).then().statusCode(400)
                .body("invalidParams", error("label", "max_length",
                        "Zorg ervoor dat dit veld niet meer dan 100 karakters bevat."))
                .body("invalidParams", error("autorisaties.0.zaaktype", "invalid", "Voer een geldige URL in."))
                .body("invalidParams", error("autorisaties.0.maxVertrouwelijkheidaanduiding", "invalid_choice",
                        "\"heel_geheim\" is een ongeldige keuze."));
    }

    @Test
    void aNumberWhereAStringBelongsIsStoredAsText() {
        admin().body(Map.of("clientIds", List.of(unique("d")), "label", 42, "heeftAlleAutorisaties", true))
                .post(APPLICATIES).then().statusCode(201).body("label", equalTo("42"));
    }

    @Test
    void snakeCaseIsAcceptedOnPostAndPatch() {
        String clientId = unique("snake");
        String url = admin().body(Map.of("client_ids", List.of(clientId), "label", "app",
                        "autorisaties", List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"),
                                "zaaktype", ZAAKTYPE, "max_vertrouwelijkheidaanduiding", "intern"))))
                .post(APPLICATIES).then().statusCode(201)
                .body("clientIds", contains(clientId))
                .body("autorisaties[0].maxVertrouwelijkheidaanduiding", equalTo("intern"))
                .extract().path("url");
        admin().body(Map.of("alleen_is_gereed_voor_publicatie", true)).patch(path(url)).then().statusCode(200)
                .body("alleenIsGereedVoorPublicatie", equalTo(true))
                .body("autorisaties[0].zaaktype", equalTo(ZAAKTYPE));
    }

    @Test
    void aPatchWithNullForARequiredFieldIsNull() {
        String url = admin().body(Map.of("clientIds", List.of(unique("p")), "label", "app",
                "heeftAlleAutorisaties", true)).post(APPLICATIES).then().statusCode(201).extract().path("url");
        Map<String, Object> patch = new HashMap<>();
        patch.put("label", null);
        admin().body(patch).patch(path(url)).then().statusCode(400)
                .body("invalidParams", error("label", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", hasSize(1));
    }

    @Test
    void twoWrongTypesAndAMissingFieldAreThreeErrors() {
        admin().body(Map.of("label", Map.of("a", 1), "heeftAlleAutorisaties", "ja")).post(APPLICATIES)
                .then().statusCode(400)
                .body("invalidParams", error("clientIds", "required", "Dit veld is vereist."))
                .body("invalidParams", error("label", "invalid", "Geen geldige string."))
                .body("invalidParams", error("heeftAlleAutorisaties", "invalid", "Moet een geldige boolean zijn."))
                .body("invalidParams", hasSize(3));
    }

    @Test
    void everyWrongTypeInTheAutorisatiesIsReportedWithTheOtherFieldErrors() {
        Map<String, Object> wrong = new HashMap<>();
        wrong.put("component", List.of("zrc"));
        wrong.put("scopes", List.of("zaken.lezen", Map.of()));
        wrong.put("zaaktype", true);
        wrong.put("maxVertrouwelijkheidaanduiding", "intern");
        admin().body(Map.of("clientIds", List.of(unique("types"), 7, List.of()), "label", "",
                        "alleenIsGereedVoorPublicatie", 3,
                        "autorisaties", List.of(wrong, "ztc", Map.of("component", "drc", "scopes", "documenten.lezen"))))
                .post(APPLICATIES).then().statusCode(400)
                .body("invalidParams", error("clientIds.2", "invalid", "Geen geldige string."))
                .body("invalidParams", error("label", "blank", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("alleenIsGereedVoorPublicatie", "invalid", "Moet een geldige boolean zijn."))
                .body("invalidParams", error("autorisaties.0.component", "invalid", "Geen geldige string."))
                .body("invalidParams", error("autorisaties.0.scopes.1", "invalid", "Geen geldige string."))
                .body("invalidParams", error("autorisaties.0.zaaktype", "invalid", "Geen geldige string."))
                .body("invalidParams", error("autorisaties.1", "invalid",
                        "Ongeldige data. Verwacht een dictionary, kreeg een str."))
                .body("invalidParams", error("autorisaties.2.scopes", "not_a_list",
                        "Verwachtte een lijst met items, maar kreeg type \"str\"."))
                .body("invalidParams", hasSize(8));
    }

    @Test
    void aPatchReportsEveryWrongTypeTogether() {
        String url = admin().body(Map.of("clientIds", List.of(unique("pt")), "label", "app",
                "heeftAlleAutorisaties", true)).post(APPLICATIES).then().statusCode(201).extract().path("url");
        admin().body(Map.of("label", List.of("x"), "alleen_is_gereed_voor_publicatie", "misschien",
                        "client_ids", "abc")).patch(path(url)).then().statusCode(400)
                .body("invalidParams", error("label", "invalid", "Geen geldige string."))
                .body("invalidParams", error("alleenIsGereedVoorPublicatie", "invalid", "Moet een geldige boolean zijn."))
                .body("invalidParams", error("clientIds", "not_a_list",
                        "Verwachtte een lijst met items, maar kreeg type \"str\"."))
                .body("invalidParams", hasSize(3));
    }

    @Test
    void aBodyThatIsNoObjectIsInvalidUnderNonFieldErrors() {
        admin().body("[1, 2]").post(APPLICATIES).then().statusCode(400)
                .body("invalidParams", error("nonFieldErrors", "invalid",
                        "Ongeldige data. Verwacht een dictionary, kreeg een list."))
                .body("invalidParams", hasSize(1));
    }
}
