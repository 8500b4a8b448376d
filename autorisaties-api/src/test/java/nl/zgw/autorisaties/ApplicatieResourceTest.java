package nl.zgw.autorisaties;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.autorisaties.support.Outbox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.autorisaties.support.Ac.APPLICATIES;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/** {@code /applicaties}: create, read, update, partial update, delete, the clientIds filter, paging and consumer. */
@QuarkusTest
class ApplicatieResourceTest {

    @Inject
    AgroalDataSource dataSource;

    static final String ZAAKTYPE = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/" + UUID.randomUUID();
    static final String IOTYPE = "https://catalogi.example.nl/catalogi/api/v1/informatieobjecttypen/" + UUID.randomUUID();
    static final String BESLUITTYPE = "https://catalogi.example.nl/catalogi/api/v1/besluittypen/" + UUID.randomUUID();

    static Map<String, Object> volledig(String clientId) {
        return Map.of("clientIds", List.of(clientId), "label", "Melding Openbare Ruimte",
                "alleenIsGereedVoorPublicatie", true,
                "autorisaties", List.of(
                        Map.of("component", "zrc", "scopes", List.of("zaken.lezen", "zaken.aanmaken"),
                                "zaaktype", ZAAKTYPE, "maxVertrouwelijkheidaanduiding", "intern"),
                        Map.of("component", "drc", "scopes", List.of("documenten.lezen"),
                                "informatieobjecttype", IOTYPE, "maxVertrouwelijkheidaanduiding", "geheim"),
                        Map.of("component", "brc", "scopes", List.of("besluiten.lezen"), "besluittype", BESLUITTYPE),
                        Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")),
                        Map.of("component", "nrc", "scopes", List.of()),
                        Map.of("component", "ac", "scopes", List.of("autorisaties.lezen"))));
    }

    @Test
    void createReturns201WithLocationAndTheFullRepresentation() {
        String clientId = unique("mor");
        var r = admin().body(volledig(clientId)).post(APPLICATIES);
        r.then().statusCode(201)
                .header("API-version", "1.1.0")
                .body("url", startsWith("http://localhost:"))
                .body("url", containsString("/autorisaties/api/v1/applicaties/"))
                .body("clientIds", contains(clientId))
                .body("label", equalTo("Melding Openbare Ruimte"))
                .body("heeftAlleAutorisaties", equalTo(false))
                .body("alleenIsGereedVoorPublicatie", equalTo(true))
                .body("autorisaties", hasSize(6))
                .body("autorisaties[0].component", equalTo("zrc"))
                .body("autorisaties[0].componentWeergave", equalTo("Zaken API"))
                .body("autorisaties[0].scopes", contains("zaken.lezen", "zaken.aanmaken"))
                .body("autorisaties[0].zaaktype", equalTo(ZAAKTYPE))
                .body("autorisaties[0].maxVertrouwelijkheidaanduiding", equalTo("intern"))
                .body("autorisaties[0]", not(hasKey("informatieobjecttype")))
                .body("autorisaties[1].informatieobjecttype", equalTo(IOTYPE))
                .body("autorisaties[1].maxVertrouwelijkheidaanduiding", equalTo("geheim"))
                .body("autorisaties[2].besluittype", equalTo(BESLUITTYPE))
                .body("autorisaties[2]", not(hasKey("maxVertrouwelijkheidaanduiding")))
                .body("autorisaties[3].keySet()", containsInAnyOrder("component", "componentWeergave", "scopes"))
                .body("autorisaties[4].scopes", empty())
                .body("autorisaties[5].componentWeergave", equalTo("Autorisaties API"));
        assertThat(r.header("Location"), equalTo(r.path("url")));
    }

    @Test
    void readGivesWhatWasCreated() {
        String url = Ac.applicatie(volledig(unique("read")));
        admin().get(path(url)).then().statusCode(200).body("url", equalTo(url))
                .body("autorisaties", hasSize(6)).body("alleenIsGereedVoorPublicatie", equalTo(true));
    }

    @Test
    void unknownUuidIs404() {
        admin().get(APPLICATIES + "/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("not_found"));
        admin().body(volledig(unique("x"))).put(APPLICATIES + "/" + UUID.randomUUID()).then().statusCode(404);
        admin().body(Map.of("label", "x")).patch(APPLICATIES + "/" + UUID.randomUUID()).then().statusCode(404);
        admin().delete(APPLICATIES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void putReplacesClientIdsLabelAndAutorisaties() {
        String clientId = unique("put");
        String url = Ac.applicatie(volledig(clientId));
        String other = unique("put2");
        admin().body(Map.of("clientIds", List.of(clientId, other), "label", "Nieuw",
                        "autorisaties", List.of(Map.of("component", "ztc", "scopes", List.of("catalogi.lezen")))))
                .put(path(url)).then().statusCode(200)
                .body("clientIds", contains(clientId, other)).body("label", equalTo("Nieuw"))
                .body("autorisaties", hasSize(1)).body("autorisaties[0].component", equalTo("ztc"))
                .body("alleenIsGereedVoorPublicatie", equalTo(true));
        admin().get(path(url)).then().body("autorisaties", hasSize(1)).body("clientIds", hasSize(2));
    }

    @Test
    void putWithoutAutorisatiesKeepsThem() {
        String clientId = unique("put-keep");
        String url = Ac.applicatie(volledig(clientId));
        admin().body(Map.of("clientIds", List.of(clientId), "label", "Zelfde"))
                .put(path(url)).then().statusCode(200).body("autorisaties", hasSize(6));
    }

    @Test
    void putNeedsClientIdsAndLabel() {
        String url = Ac.applicatie(volledig(unique("put-req")));
        var r = admin().body(Map.of()).put(path(url));
        Ac.expectInvalid(r, "clientIds", "required");
        Ac.expectInvalid(r, "label", "required");
    }

    @Test
    void patchChangesOnlyWhatIsGiven() {
        String clientId = unique("patch");
        String url = Ac.applicatie(volledig(clientId));
        admin().body(Map.of("label", "Alleen label")).patch(path(url)).then().statusCode(200)
                .body("label", equalTo("Alleen label")).body("clientIds", contains(clientId))
                .body("autorisaties", hasSize(6));
        admin().body(Map.of("autorisaties", List.of(Map.of("component", "ac", "scopes", List.of("autorisaties.lezen")))))
                .patch(path(url)).then().statusCode(200).body("autorisaties", hasSize(1));
        admin().body(Map.of("heeftAlleAutorisaties", true, "autorisaties", List.of()))
                .patch(path(url)).then().statusCode(200).body("heeftAlleAutorisaties", equalTo(true))
                .body("autorisaties", empty());
    }

    @Test
    void deleteRemovesTheApplicatieAndFreesItsClientIds() {
        String clientId = unique("del");
        String url = Ac.applicatie(volledig(clientId));
        admin().delete(path(url)).then().statusCode(204);
        admin().get(path(url)).then().statusCode(404);
        Ac.applicatie(volledig(clientId));
    }

    @Test
    void clientIdsFilterMatchesApplicatiesHoldingAllGivenIds() {
        String a = unique("fa");
        String b = unique("fb");
        String url = Ac.applicatie(Map.of("clientIds", List.of(a, b), "label", "twee", "heeftAlleAutorisaties", true));
        Ac.applicatie(Map.of("clientIds", List.of(unique("fc")), "label", "ander", "heeftAlleAutorisaties", true));
        admin().queryParam("clientIds", a).get(APPLICATIES).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(url))
                .body("next", nullValue()).body("previous", nullValue());
        admin().queryParam("clientIds", a + "," + b).get(APPLICATIES).then().body("count", equalTo(1));
        admin().queryParam("clientIds", a + ",onbekend").get(APPLICATIES).then().body("count", equalTo(0))
                .body("results", empty());
    }

    @Test
    void listIsPaginatedNewestFirst() {
        admin().get(APPLICATIES).then().statusCode(200).body("count", greaterThanOrEqualTo(1))
                .body("results[0].url", notNullValue());
        String newest = Ac.applicatie(volledig(unique("newest")));
        admin().get(APPLICATIES).then().body("results[0].url", equalTo(newest));
        admin().queryParam("page", 1).get(APPLICATIES).then().statusCode(200);
        admin().queryParam("page", 9999).get(APPLICATIES).then().statusCode(404);
        admin().queryParam("page", "x").get(APPLICATIES).then().statusCode(404);
    }

    @Test
    void unknownQueryParameterIs400() {
        admin().queryParam("clientId", "x").get(APPLICATIES).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("unknown-parameters"));
    }

    @Test
    void consumerGivesTheApplicatieOfAClientId() {
        String clientId = unique("consumer");
        String url = Ac.applicatie(Map.of("clientIds", List.of(unique("other"), clientId), "label", "c",
                "heeftAlleAutorisaties", true));
        admin().queryParam("clientId", clientId).get(APPLICATIES + "/consumer").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].url", equalTo(url)).body("[0].heeftAlleAutorisaties", equalTo(true));
        admin().queryParam("clientId", unique("nobody")).get(APPLICATIES + "/consumer").then().statusCode(404)
                .body("code", equalTo("not_found"));
        admin().get(APPLICATIES + "/consumer").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("clientId"));
    }

    @Test
    void everyWriteNotifiesOnKanaalAutorisaties() {
        String clientId = unique("notif");
        String url = Ac.applicatie(volledig(clientId));
        admin().body(volledig(clientId)).put(path(url)).then().statusCode(200);
        admin().body(Map.of("label", "p")).patch(path(url)).then().statusCode(200);
        admin().delete(path(url)).then().statusCode(204);
        List<JsonNode> rows = Outbox.payloads(dataSource, "autorisaties", url);
        assertThat(rows.stream().map(n -> n.get("actie").asText()).toList(),
                contains("create", "update", "partial_update", "destroy"));
        JsonNode first = rows.get(0);
        assertThat(first.get("kanaal").asText(), equalTo("autorisaties"));
        assertThat(first.get("hoofdObject").asText(), equalTo(url));
        assertThat(first.get("resource").asText(), equalTo("applicatie"));
        assertThat(first.get("resourceUrl").asText(), equalTo(url));
        assertThat(java.time.OffsetDateTime.parse(first.get("aanmaakdatum").asText()), notNullValue());
        assertThat(first.get("kenmerken").size(), equalTo(0));
        assertThat(first.size(), equalTo(7));
    }

    /** The services' caches of verified tokens hear of a new or deleted secret as an update of the Applicatie. */
    @Test
    void aRotatedOrDeletedSecretNotifiesAnUpdateOfItsApplicatie() {
        String clientId = unique("secret-notif");
        Ac.credential(clientId);
        String url = Ac.applicatie(volledig(clientId));
        admin().body(Map.of()).put(nl.zgw.autorisaties.support.Ac.CLIENTS + "/" + clientId + "/secret")
                .then().statusCode(200);
        admin().delete(nl.zgw.autorisaties.support.Ac.CLIENTS + "/" + clientId).then().statusCode(204);
        assertThat(Outbox.payloads(dataSource, "autorisaties", url).stream().map(n -> n.get("actie").asText())
                .toList(), contains("create", "update", "update"));

        String zonder = unique("secret-no-app");
        Ac.credential(zonder);
        admin().delete(nl.zgw.autorisaties.support.Ac.CLIENTS + "/" + zonder).then().statusCode(204);
    }

    @Test
    void aRefusedWriteNotifiesNothing() {
        String clientId = unique("refused");
        String url = Ac.applicatie(volledig(clientId));
        admin().body(Map.of("heeftAlleAutorisaties", true)).patch(path(url)).then().statusCode(400);
        assertThat(Outbox.payloads(dataSource, "autorisaties", url), hasSize(1));
    }

    @Test
    void aWriteRolledBackAfterItsNotificationWasQueuedLeavesNoOutboxRow() {
        String clientId = unique("rollback");
        String url = Ac.applicatie(volledig(clientId));
        try (var failing = nl.zgw.autorisaties.support.FailAtCommit.forHoofdObject(dataSource, url)) {
            admin().body(Map.of("label", "Teruggedraaid")).patch(path(url)).then().statusCode(500);
        }
        admin().get(path(url)).then().statusCode(200).body("label", equalTo("Melding Openbare Ruimte"));
        assertThat(Outbox.payloads(dataSource, "autorisaties", url).stream().map(n -> n.get("actie").asText())
                .toList(), contains("create"));
    }
}
