package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.sync.SynchronisatieRelay;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A zaak's relation to a resource of an API outside this project, mirrored there after commit as
 * {@code object<resource>} (zrc-024 zaakverzoek, zrc-025 zaakcontactmoment), against WireMock: create, read, the list
 * filters, delete (the mirror found and removed), the reference check, the autorisatie, the notification, and the
 * other side down (the client answered at once, the mirror made when it is back).
 */
abstract class KlantinteractieRelatieTest {

    private static final Duration WACHT = Duration.ofSeconds(20);

    @InjectWireMock
    WireMockServer wm;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SynchronisatieRelay relay;

    /** e.g. zaakcontactmomenten. */
    abstract String collectie();

    /** e.g. contactmoment. */
    abstract String veld();

    /** e.g. contactmomenten (the API's name in its root and its collection). */
    abstract String api();

    /** e.g. objectcontactmomenten. */
    abstract String spiegels();

    private String pad() {
        return ROOT + "/" + collectie();
    }

    private String apiPad() {
        return "/" + api() + "/api/v1";
    }

    private String root() {
        return "http://" + api() + ".test" + apiPad();
    }

    /** A resource the other API serves; its public URL. */
    String extern() {
        String uuid = UUID.randomUUID().toString();
        String url = root() + "/" + api() + "/" + uuid;
        wm.stubFor(get(urlEqualTo(apiPad() + "/" + api() + "/" + uuid))
                .willReturn(okJson("{\"url\": \"" + url + "\", \"bronorganisatie\": \"517439943\"}")));
        return url;
    }

    private void spiegelsWorden(String doel, String zaak, boolean alGemaakt) {
        wm.stubFor(post(urlEqualTo(apiPad() + "/" + spiegels())).withRequestBody(equalToJson(
                        "{\"" + veld() + "\": \"" + doel + "\", \"object\": \"" + zaak + "\"}", true, true))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"url\": \"" + root() + "/" + spiegels() + "/" + UUID.randomUUID() + "\"}")));
        String lijst = alGemaakt ? "[{\"url\": \"" + spiegelUrl(doel) + "\", \"" + veld() + "\": \"" + doel
                + "\", \"object\": \"" + zaak + "\", \"objectType\": \"zaak\"}]" : "[]";
        wm.stubFor(get(urlPathEqualTo(apiPad() + "/" + spiegels())).withQueryParam(veld(), equalTo(doel))
                .withQueryParam("object", equalTo(zaak)).willReturn(okJson(lijst)));
        wm.stubFor(delete(urlEqualTo(apiPad() + "/" + spiegels() + "/" + Fixtures.uuidOf(doel)))
                .willReturn(aResponse().withStatus(204)));
    }

    private String spiegelUrl(String doel) {
        return root() + "/" + spiegels() + "/" + Fixtures.uuidOf(doel);
    }

    private int posts(String doel) {
        return wm.findAll(postRequestedFor(urlEqualTo(apiPad() + "/" + spiegels()))
                .withRequestBody(containing(doel))).size();
    }

    private Map<String, Object> body(String zaak, String doel) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaak", zaak);
        m.put(veld(), doel);
        return m;
    }

    private String relatie(String zaak, String doel) {
        return as(admin()).body(body(zaak, doel)).post(pad()).then().statusCode(201).extract().path("url");
    }

    private static List<String> codes(Response r, String name) {
        return r.jsonPath().getList("invalidParams.findAll { it.name == '" + name + "' }.code");
    }

    @Test
    void createAnswersTheRelationAndMirrorsItAfterCommit() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String doel = extern();
        spiegelsWorden(doel, zaak, false);
        Response r = as(admin()).body(body(zaak, doel)).post(pad());
        r.then().statusCode(201).header("Location", org.hamcrest.Matchers.equalTo(r.jsonPath().getString("url")))
                .body("zaak", org.hamcrest.Matchers.equalTo(zaak)).body(veld(), org.hamcrest.Matchers.equalTo(doel));
        String url = r.jsonPath().getString("url");
        assertTrue(url.endsWith(pad() + "/" + r.jsonPath().getString("uuid")));
        as(admin()).get(path(url)).then().statusCode(200).body("url", org.hamcrest.Matchers.equalTo(url));

        await().atMost(WACHT).until(() -> posts(doel) == 1);
        wm.verify(postRequestedFor(urlEqualTo(apiPad() + "/" + spiegels())).withRequestBody(equalToJson(
                "{\"" + veld() + "\": \"" + doel + "\", \"object\": \"" + zaak + "\", \"objectType\": \"zaak\"}")));
        assertTrue(wm.findAll(postRequestedFor(urlEqualTo(apiPad() + "/" + spiegels()))).stream()
                .allMatch(req -> req.getHeader("Authorization").startsWith("Bearer ")));
        await().atMost(WACHT).until(() -> relay.openstaand(collectieSleutel(zaak)).isEmpty());
    }

    /** e.g. zaakcontactmoment: the resource in notifications and audit, and the sleutel of its synchronisations. */
    private String resource() {
        return collectie().substring(0, collectie().length() - 2);
    }

    private String collectieSleutel(String zaak) {
        return resource() + ":" + Fixtures.uuidOf(zaak) + ":";
    }

    @Test
    void deleteRemovesTheRelationAndTheMirror() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String doel = extern();
        spiegelsWorden(doel, zaak, true);
        String url = relatie(zaak, doel);
        await().atMost(WACHT).until(() -> relay.openstaand(collectieSleutel(zaak)).isEmpty());

        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        await().atMost(WACHT).until(() -> !wm.findAll(deleteRequestedFor(
                urlEqualTo(apiPad() + "/" + spiegels() + "/" + Fixtures.uuidOf(doel)))).isEmpty());
        await().atMost(WACHT).until(() -> relay.openstaand(collectieSleutel(zaak)).isEmpty());
    }

    @Test
    void whileTheOtherApiFailsTheClientIsAnsweredAndTheMirrorFollows() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String doel = extern();
        spiegelsWorden(doel, zaak, false);
        StubMapping plat = wm.stubFor(post(urlEqualTo(apiPad() + "/" + spiegels())).atPriority(1)
                .withRequestBody(containing(doel)).willReturn(aResponse().withStatus(503)));

        String url = relatie(zaak, doel);                                      // 201 while the other side is down
        as(admin()).get(path(url)).then().statusCode(200);
        await().atMost(WACHT).until(() -> {
            List<SynchronisatieRelay.Openstaand> open = relay.openstaand(collectieSleutel(zaak));
            return open.size() == 1 && open.get(0).attempts() >= 2 && open.get(0).laatsteFout() != null;
        });
        assertTrue(relay.openstaand(collectieSleutel(zaak)).get(0).laatsteFout().contains("503"));

        wm.removeStub(plat);                                                   // the other side is back
        await().atMost(WACHT).until(() -> relay.openstaand(collectieSleutel(zaak)).isEmpty());
        wm.verify(postRequestedFor(urlEqualTo(apiPad() + "/" + spiegels())).withRequestBody(equalToJson(
                "{\"" + veld() + "\": \"" + doel + "\", \"object\": \"" + zaak + "\", \"objectType\": \"zaak\"}")));
    }

    @Test
    void aResourceThatDoesNotResolveOrIsOfAnotherKindIsRefused() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String weg = root() + "/" + api() + "/" + UUID.randomUUID();
        wm.stubFor(get(urlEqualTo(apiPad() + "/" + api() + "/" + Fixtures.uuidOf(weg)))
                .willReturn(aResponse().withStatus(404)));
        Response r = as(admin()).body(body(zaak, weg)).post(pad());
        r.then().statusCode(400);
        assertEquals(List.of("bad-url"), codes(r, veld()));

        String anders = root() + "/klanten/" + UUID.randomUUID();
        wm.stubFor(get(urlEqualTo(apiPad() + "/klanten/" + Fixtures.uuidOf(anders)))
                .willReturn(okJson("{\"url\": \"" + anders + "\"}")));
        Response a = as(admin()).body(body(zaak, anders)).post(pad());
        a.then().statusCode(400);
        assertEquals(List.of("invalid-resource"), codes(a, veld()));

        Response elders = as(admin()).body(body(zaak, "https://elders.example.com/api/v1/" + api() + "/1")).post(pad());
        elders.then().statusCode(400);
        assertEquals(List.of("bad-url"), codes(elders, veld()));

        Response leeg = as(admin()).body(Map.of()).post(pad());
        leeg.then().statusCode(400);
        assertEquals(List.of("required"), codes(leeg, "zaak"));
        assertEquals(List.of("required"), codes(leeg, veld()));
        assertEquals(0, posts(weg) + posts(anders));
    }

    @Test
    void aZaakRelatesTheResourceOnce() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String doel = extern();
        spiegelsWorden(doel, zaak, false);
        relatie(zaak, doel);
        Response r = as(admin()).body(body(zaak, doel)).post(pad());
        r.then().statusCode(400);
        assertEquals(List.of("unique"), codes(r, "nonFieldErrors"));
    }

    @Test
    void theListFiltersByZaakAndResourceAndLeavesOutInvisibleZaken() {
        Fixtures.Zaaktype zichtbaar = Fixtures.zaaktype();
        String a = Fixtures.zaak(zichtbaar.url());
        String b = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String doel = extern();
        spiegelsWorden(doel, a, false);
        spiegelsWorden(doel, b, false);
        String ra = relatie(a, doel);
        String rb = relatie(b, doel);
        as(admin()).queryParam("zaak", a).get(pad()).then().statusCode(200).body("url", contains(ra));
        as(admin()).queryParam(veld(), doel).get(pad()).then().statusCode(200).body("url", contains(ra, rb));
        String lezer = TestAutorisaties.client(collectie() + "-lezer").zaaktype(zichtbaar.url(),
                Vertrouwelijkheidaanduiding.OPENBAAR, Scopes.Zrc.LEZEN).bearer();
        as(lezer).queryParam(veld(), doel).get(pad()).then().statusCode(200).body("url", contains(ra));
        as(lezer).get(path(rb)).then().statusCode(403);
        as(lezer).body(body(a, extern())).post(pad()).then().statusCode(403);
        as(lezer).delete(path(ra)).then().statusCode(403);
        Response onbekend = as(admin()).queryParam("onbekend", "1").get(pad());
        onbekend.then().statusCode(400);
        assertEquals(List.of("unknown-parameters"), codes(onbekend, "nonFieldErrors"));
    }

    @Test
    void theCreateIsNotifiedWithTheZaaksKenmerkenAndBothWritesAudited() {
        Fixtures.Zaaktype zt = ZaakInformatieObjectTest.gedeeldZaaktype();
        String zaak = Fixtures.zaak(zt.url());
        String doel = extern();
        spiegelsWorden(doel, zaak, true);
        String url = relatie(zaak, doel);
        as(admin()).delete(path(url)).then().statusCode(204);

        String resource = resource();
        List<JsonNode> sent = Uitgaand.notificaties(dataSource, zaak, resource);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals("create", sent.get(0).path("actie").asText());
        assertEquals(url, sent.get(0).path("resourceUrl").asText());
        assertEquals(zt.url(), sent.get(0).path("kenmerken").path("zaaktype").asText());
        List<String> acties = as(admin()).get(path(zaak) + "/audittrail").then().statusCode(200)
                .extract().path("findAll { it.resource == '" + resource + "' }.actie");
        assertEquals(List.of("create", "destroy"), acties);
        assertFalse(sent.get(0).path("kenmerken").path("bronorganisatie").asText().isEmpty());
    }
}
