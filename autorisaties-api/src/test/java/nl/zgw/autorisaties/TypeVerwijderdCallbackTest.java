package nl.zgw.autorisaties;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.autorisaties.support.Outbox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A zaaktype, informatieobjecttype or besluittype deleted in the Catalogi loses its autorisaties: the Notificaties
 * API delivers the destroy notification to {@code POST /beheer/v1/notificaties}, tested here directly.
 */
@QuarkusTest
class TypeVerwijderdCallbackTest {

    static final String CALLBACK = "/beheer/v1/notificaties";
    static final String AUTH = "Bearer test-callback-token";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> notificatie(String kanaal, String resource, String url, String actie) {
        return Map.of("kanaal", kanaal, "hoofdObject", url, "resource", resource, "resourceUrl", url,
                "actie", actie, "aanmaakdatum", "2026-11-29T02:00:00Z", "kenmerken", Map.of("catalogus", "x"));
    }

    static String type(String collection) {
        return "https://catalogi.example.nl/catalogi/api/v1/" + collection + "/" + UUID.randomUUID();
    }

    @Test
    void destroyOfATypeRemovesTheAutorisatiesThatPointAtIt() {
        String zaaktype = type("zaaktypen");
        String ander = type("zaaktypen");
        String iotype = type("informatieobjecttypen");
        String besluittype = type("besluittypen");
        String url = Ac.applicatie(Map.of("clientIds", List.of(unique("cb")), "label", "cb", "autorisaties", List.of(
                Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", zaaktype,
                        "maxVertrouwelijkheidaanduiding", "geheim"),
                Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", ander,
                        "maxVertrouwelijkheidaanduiding", "geheim"),
                Map.of("component", "drc", "scopes", List.of("documenten.lezen"), "informatieobjecttype", iotype,
                        "maxVertrouwelijkheidaanduiding", "geheim"),
                Map.of("component", "brc", "scopes", List.of("besluiten.lezen"), "besluittype", besluittype))));

        deliver(notificatie("zaaktypen", "zaaktype", zaaktype, "destroy"));
        admin().get(path(url)).then().body("autorisaties.zaaktype", not(hasItem(zaaktype)))
                .body("autorisaties", hasSize(3));
        deliver(notificatie("informatieobjecttypen", "informatieobjecttype", iotype, "destroy"));
        deliver(notificatie("besluittypen", "besluittype", besluittype, "destroy"));
        admin().get(path(url)).then().body("autorisaties", hasSize(1))
                .body("autorisaties[0].zaaktype", equalTo(ander));

        List<JsonNode> rows = Outbox.payloads(dataSource, "autorisaties", url);
        assertThat(rows.stream().map(n -> n.get("actie").asText()).toList(),
                contains("create", "update", "update", "update"));
    }

    @Test
    void ac002AnApplicatieLeftWithoutAutorisatiesIsDeletedAndItsClientIdFreed() {
        String zaaktype = type("zaaktypen");
        String clientId = unique("cb-last");
        String url = Ac.applicatie(Map.of("clientIds", List.of(clientId), "label", "laatste", "autorisaties",
                List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", zaaktype,
                        "maxVertrouwelijkheidaanduiding", "geheim"))));
        deliver(notificatie("zaaktypen", "zaaktype", zaaktype, "destroy"));

        // neither heeftAlleAutorisaties nor autorisaties (ac-002): gone, so no write can hit missing-authorizations
        admin().get(path(url)).then().statusCode(404);
        admin().body(Map.of("label", "nieuw label")).patch(path(url)).then().statusCode(404);
        admin().queryParam("clientId", clientId).get(Ac.APPLICATIES + "/consumer").then().statusCode(404);
        List<JsonNode> rows = Outbox.payloads(dataSource, "autorisaties", url);
        assertThat(rows.stream().map(n -> n.get("actie").asText()).toList(), contains("create", "destroy"));
        Ac.applicatie(Map.of("clientIds", List.of(clientId), "label", "opnieuw", "heeftAlleAutorisaties", true));
    }

    @Test
    void aSuperuserOrAnApplicatieWithOtherAutorisatiesStays() {
        String zaaktype = type("zaaktypen");
        String url = Ac.applicatie(Map.of("clientIds", List.of(unique("cb-rest")), "label", "rest", "autorisaties",
                List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", zaaktype,
                        "maxVertrouwelijkheidaanduiding", "geheim"),
                        Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")))));
        deliver(notificatie("zaaktypen", "zaaktype", zaaktype, "destroy"));
        admin().body(Map.of("label", "nieuw label")).patch(path(url)).then().statusCode(200)
                .body("label", equalTo("nieuw label")).body("autorisaties", hasSize(1));
    }

    @Test
    void theTypeIsFoundUnderAnotherHostByItsUuid() {
        UUID uuid = UUID.randomUUID();
        String url = Ac.applicatie(Map.of("clientIds", List.of(unique("cb-host")), "label", "cb", "autorisaties",
                List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"),
                        "zaaktype", "https://gateway.example.nl/catalogi/api/v1/zaaktypen/" + uuid,
                        "maxVertrouwelijkheidaanduiding", "geheim"),
                        Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")))));
        deliver(notificatie("zaaktypen", "zaaktype", "http://catalogi-api:8001/catalogi/api/v1/zaaktypen/" + uuid,
                "destroy"));
        admin().get(path(url)).then().body("autorisaties", hasSize(1)).body("autorisaties[0].component", equalTo("ztc"));
    }

    @Test
    void otherActionsAndKanalenChangeNothing() {
        String zaaktype = type("zaaktypen");
        String url = Ac.applicatie(Map.of("clientIds", List.of(unique("cb-other")), "label", "cb", "autorisaties",
                List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", zaaktype,
                        "maxVertrouwelijkheidaanduiding", "geheim"))));
        deliver(notificatie("zaaktypen", "zaaktype", zaaktype, "update"));
        deliver(notificatie("zaken", "zaak", zaaktype, "destroy"));
        deliver(notificatie("informatieobjecttypen", "informatieobjecttype", zaaktype, "destroy"));
        admin().get(path(url)).then().body("autorisaties", hasSize(1));
    }

    @Test
    void theCallbackNeedsTheAgreedAuthorization() {
        Map<String, Object> body = notificatie("zaaktypen", "zaaktype", type("zaaktypen"), "destroy");
        given().contentType(ContentType.JSON).body(body).post(CALLBACK).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong").body(body).post(CALLBACK)
                .then().statusCode(403);
        Ac.admin().body(body).post(CALLBACK).then().statusCode(403);
    }

    @Test
    void anIncompleteNotificatieIs400() {
        Ac.expectInvalid(given().contentType(ContentType.JSON).header("Authorization", AUTH)
                .body(Map.of("kanaal", "zaaktypen")).post(CALLBACK), "resourceUrl", "required");
    }

    private static void deliver(Map<String, Object> notificatie) {
        given().contentType(ContentType.JSON).header("Authorization", AUTH).body(notificatie).post(CALLBACK)
                .then().statusCode(204);
    }
}
