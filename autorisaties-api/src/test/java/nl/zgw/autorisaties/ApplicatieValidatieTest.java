package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.support.Ac;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.autorisaties.support.Ac.APPLICATIES;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.expectInvalid;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.Matchers.*;

/** ac-001, ac-002, ac-003 and the field validations of an Applicatie body, with the reference implementation's codes. */
@QuarkusTest
class ApplicatieValidatieTest {

    static final String ZAAKTYPE = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/1";

    static Map<String, Object> app(Object clientIds, Object autorisaties) {
        Map<String, Object> m = new HashMap<>();
        m.put("clientIds", clientIds);
        m.put("label", "app");
        m.put("autorisaties", autorisaties);
        return m;
    }

    static Map<String, Object> zrc(Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(Map.of("component", "zrc", "scopes", List.of("zaken.lezen")));
        m.putAll(extra);
        return m;
    }

    // ac-001
    @Test
    void ac001_clientIdOfAnotherApplicatieIsRefused() {
        String clientId = unique("ac001");
        Ac.applicatie(Map.of("clientIds", List.of(clientId), "label", "eerste", "heeftAlleAutorisaties", true));
        expectInvalid(admin().body(Map.of("clientIds", List.of(unique("x"), clientId), "label", "tweede",
                "heeftAlleAutorisaties", true)).post(APPLICATIES), "clientIds", "clientId-exists");
    }

    @Test
    void ac001_onUpdateTooButNotAgainstItself() {
        String mine = unique("ac001-self");
        String theirs = unique("ac001-other");
        String url = Ac.applicatie(Map.of("clientIds", List.of(mine), "label", "a", "heeftAlleAutorisaties", true));
        Ac.applicatie(Map.of("clientIds", List.of(theirs), "label", "b", "heeftAlleAutorisaties", true));
        admin().body(Map.of("clientIds", List.of(mine), "label", "a2")).put(path(url)).then().statusCode(200);
        expectInvalid(admin().body(Map.of("clientIds", List.of(mine, theirs))).patch(path(url)),
                "clientIds", "clientId-exists");
    }

    // ac-002
    @Test
    void ac002a_autorisatiesTogetherWithHeeftAlleAutorisatiesIsAmbiguous() {
        Map<String, Object> body = app(List.of(unique("ac002a")),
                List.of(Map.of("component", "ztc", "scopes", List.of("catalogi.lezen"))));
        body.put("heeftAlleAutorisaties", true);
        expectInvalid(admin().body(body).post(APPLICATIES), "nonFieldErrors", "ambiguous-authorizations-specified");
    }

    @Test
    void ac002b_neitherAutorisatiesNorHeeftAlleAutorisatiesIsMissing() {
        expectInvalid(admin().body(Map.of("clientIds", List.of(unique("ac002b")), "label", "x")).post(APPLICATIES),
                "nonFieldErrors", "missing-authorizations");
        expectInvalid(admin().body(app(List.of(unique("ac002b")), List.of())).post(APPLICATIES),
                "nonFieldErrors", "missing-authorizations");
        Map<String, Object> body = app(List.of(unique("ac002b")), List.of());
        body.put("heeftAlleAutorisaties", false);
        expectInvalid(admin().body(body).post(APPLICATIES), "nonFieldErrors", "missing-authorizations");
    }

    @Test
    void ac002_patchThatWouldLeaveBothIsRefused() {
        String url = Ac.applicatie(app(List.of(unique("ac002p")),
                List.of(Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")))));
        expectInvalid(admin().body(Map.of("heeftAlleAutorisaties", true)).patch(path(url)),
                "nonFieldErrors", "ambiguous-authorizations-specified");
        expectInvalid(admin().body(Map.of("autorisaties", List.of())).patch(path(url)),
                "nonFieldErrors", "missing-authorizations");
    }

    // ac-003
    @Test
    void ac003_zrcWithZakenScopesNeedsZaaktypeAndMaxVertrouwelijkheidaanduiding() {
        var r = admin().body(app(List.of(unique("ac003")), List.of(zrc(Map.of())))).post(APPLICATIES);
        expectInvalid(r, "autorisaties.0.zaaktype", "required");
        expectInvalid(r, "autorisaties.0.maxVertrouwelijkheidaanduiding", "required");
        expectInvalid(admin().body(app(List.of(unique("ac003")), List.of(zrc(Map.of("zaaktype", ZAAKTYPE)))))
                .post(APPLICATIES), "autorisaties.0.maxVertrouwelijkheidaanduiding", "required");
    }

    @Test
    void ac003_drcWithDocumentenScopesNeedsInformatieobjecttypeAndMax() {
        var r = admin().body(app(List.of(unique("ac003d")), List.of(
                Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")),
                Map.of("component", "drc", "scopes", List.of("documenten.lezen"),
                        "zaaktype", ZAAKTYPE)))).post(APPLICATIES);
        expectInvalid(r, "autorisaties.1.informatieobjecttype", "required");
        expectInvalid(r, "autorisaties.1.maxVertrouwelijkheidaanduiding", "required");
    }

    @Test
    void ac003_brcWithBesluitenScopesNeedsBesluittypeOnly() {
        var r = admin().body(app(List.of(unique("ac003b")), List.of(
                Map.of("component", "brc", "scopes", List.of("besluiten.lezen"))))).post(APPLICATIES);
        expectInvalid(r, "autorisaties.0.besluittype", "required");
        r.then().body("invalidParams", hasSize(1));
    }

    @Test
    void ac003_otherScopesOrEmptyScopesNeedNoType() {
        admin().body(app(List.of(unique("ac003ok")), List.of(
                        Map.of("component", "zrc", "scopes", List.of("audittrails.lezen")),
                        Map.of("component", "drc", "scopes", List.of()),
                        Map.of("component", "brc", "scopes", List.of()))))
                .post(APPLICATIES).then().statusCode(201)
                .body("autorisaties[0].zaaktype", equalTo(""))
                .body("autorisaties[0]", not(hasKey("maxVertrouwelijkheidaanduiding")))
                .body("autorisaties[1].informatieobjecttype", equalTo(""))
                .body("autorisaties[1]", not(hasKey("maxVertrouwelijkheidaanduiding")))
                .body("autorisaties[2].besluittype", equalTo(""));
    }

    @Test
    void applicatieForAClientIdWithoutSecretIsAllowed() {
        admin().body(Map.of("clientIds", List.of(unique("nosecret")), "label", "x", "heeftAlleAutorisaties", true))
                .post(APPLICATIES).then().statusCode(201);
    }

    @Test
    void requiredFields() {
        var r = admin().body(Map.of()).post(APPLICATIES);
        expectInvalid(r, "clientIds", "required");
        expectInvalid(r, "label", "required");
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("clientIds", null);
        nulls.put("label", null);
        nulls.put("heeftAlleAutorisaties", null);
        var n = admin().body(nulls).post(APPLICATIES);
        expectInvalid(n, "clientIds", "null");
        expectInvalid(n, "label", "null");
        expectInvalid(n, "heeftAlleAutorisaties", "null");
    }

    @Test
    void fieldFormats() {
        Map<String, Object> body = new HashMap<>();
        body.put("clientIds", List.of("x".repeat(51), ""));
        body.put("label", "l".repeat(101));
        body.put("heeftAlleAutorisaties", "ja");
        body.put("alleenIsGereedVoorPublicatie", 3);
        var r = admin().body(body).post(APPLICATIES);
        expectInvalid(r, "clientIds.0", "max_length");
        expectInvalid(r, "clientIds.1", "blank");
        expectInvalid(r, "label", "max_length");
        expectInvalid(r, "heeftAlleAutorisaties", "invalid");
        expectInvalid(r, "alleenIsGereedVoorPublicatie", "invalid");
        expectInvalid(admin().body(Map.of("clientIds", "abc", "label", " ")).post(APPLICATIES), "clientIds", "not_a_list");
        expectInvalid(admin().body(Map.of("clientIds", List.of("a"), "label", " ")).post(APPLICATIES), "label", "blank");
    }

    @Test
    void autorisatieFields() {
        var r = admin().body(app(List.of(unique("fmt")), List.of(
                Map.of("scopes", List.of("x")),
                Map.of("component", "xyz", "scopes", List.of("x")),
                Map.of("component", "ztc"),
                Map.of("component", "ztc", "scopes", "catalogi.lezen"),
                zrc(Map.of("zaaktype", "geen url", "maxVertrouwelijkheidaanduiding", "strikt_geheim")),
                zrc(Map.of("zaaktype", "https://x.nl/" + "a".repeat(1000), "maxVertrouwelijkheidaanduiding", "intern")),
                Map.of("component", "ztc", "scopes", List.of("s".repeat(101)))))).post(APPLICATIES);
        expectInvalid(r, "autorisaties.0.component", "required");
        expectInvalid(r, "autorisaties.1.component", "invalid_choice");
        expectInvalid(r, "autorisaties.2.scopes", "required");
        expectInvalid(r, "autorisaties.3.scopes", "not_a_list");
        expectInvalid(r, "autorisaties.4.zaaktype", "invalid");
        expectInvalid(r, "autorisaties.4.maxVertrouwelijkheidaanduiding", "invalid_choice");
        expectInvalid(r, "autorisaties.5.zaaktype", "max_length");
        expectInvalid(r, "autorisaties.6.scopes.0", "max_length");
        expectInvalid(admin().body(app(List.of("a"), "geen lijst")).post(APPLICATIES), "autorisaties", "not_a_list");
    }

    @Test
    void autorisatiesNullAndAnItemThatIsNoObject() {
        expectInvalid(admin().body(app(List.of(unique("null")), null)).post(APPLICATIES), "autorisaties", "null");
        var r = admin().body(app(List.of(unique("item")), List.of("ztc", Map.of("component", "ztc",
                "scopes", List.of("catalogi.lezen"))))).post(APPLICATIES);
        expectInvalid(r, "autorisaties.0", "invalid");
        r.then().body("invalidParams.name", not(hasItem("autorisaties.1")));
    }

    @Test
    void malformedBodies() {
        admin().body("{niet json").post(APPLICATIES).then().statusCode(400).body("code", equalTo("parse_error"));
        expectInvalid(admin().body("[1,2]").post(APPLICATIES), "nonFieldErrors", "invalid");
        admin().contentType("text/plain").body("x").post(APPLICATIES).then().statusCode(415);
    }

    @Test
    void onceTheFieldsAreValidEveryFailingRuleIsReportedTogether() {
        String clientId = unique("rules");
        Ac.applicatie(Map.of("clientIds", List.of(clientId), "label", "eerste", "heeftAlleAutorisaties", true));
        Map<String, Object> body = app(List.of(clientId), List.of(zrc(Map.of()),
                Map.of("component", "brc", "scopes", List.of("besluiten.lezen"))));
        body.put("heeftAlleAutorisaties", true);
        var r = admin().body(body).post(APPLICATIES);
        expectInvalid(r, "clientIds", "clientId-exists");
        expectInvalid(r, "nonFieldErrors", "ambiguous-authorizations-specified");
        expectInvalid(r, "autorisaties.0.zaaktype", "required");
        expectInvalid(r, "autorisaties.0.maxVertrouwelijkheidaanduiding", "required");
        expectInvalid(r, "autorisaties.1.besluittype", "required");
        r.then().body("invalidParams", hasSize(5));
    }

    @Test
    void aFieldErrorIsReportedBeforeTheRules() {
        Map<String, Object> body = app(List.of(unique("first")), List.of(zrc(Map.of())));
        body.put("heeftAlleAutorisaties", true);
        body.put("label", "l".repeat(101));
        var r = admin().body(body).post(APPLICATIES);
        expectInvalid(r, "label", "max_length");
        r.then().body("invalidParams", hasSize(1));
    }
}
