package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * /zaken/{zaak_uuid}/besluiten, the endpoint the Besluiten API registers a zaak's besluiten with (brc-006): the
 * besluit URL is checked in the Besluiten API ({@link NepBesluiten}: that API is built after this module), once per
 * zaak, under the zaak's autorisatie.
 */
@QuarkusTest
class ZaakBesluitTest {

    @Inject
    NepBesluiten besluiten;
    @Inject
    AgroalDataSource dataSource;

    private static String besluitenVan(String zaak) {
        return path(zaak) + "/besluiten";
    }

    private String zaakbesluit(String zaak) {
        String besluit = besluiten.besluit(zaak);
        return as(admin()).body(Map.of("besluit", besluit)).post(besluitenVan(zaak)).then().statusCode(201)
                .extract().path("url");
    }

    private static List<String> codes(Response r, String name) {
        return r.jsonPath().getList("invalidParams.findAll { it.name == '" + name + "' }.code");
    }

    @Test
    void createAnswersTheZaakbesluitUnderItsZaak() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String besluit = besluiten.besluit(zaak);
        Response r = as(admin()).body(Map.of("besluit", besluit)).post(besluitenVan(zaak));
        r.then().statusCode(201).header("Location", equalTo(r.jsonPath().getString("url")))
                .body("besluit", equalTo(besluit));
        String url = r.jsonPath().getString("url");
        assertEquals(zaak + "/besluiten/" + r.jsonPath().getString("uuid"), url);

        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url)).body("besluit", equalTo(besluit));
        as(admin()).get(besluitenVan(zaak)).then().statusCode(200).body("url", contains(url));
    }

    @Test
    void theListHasOnlyTheBesluitenOfThisZaak() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String ander = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String eerste = zaakbesluit(zaak);
        String tweede = zaakbesluit(zaak);
        zaakbesluit(ander);
        as(admin()).get(besluitenVan(zaak)).then().statusCode(200).body("url", contains(eerste, tweede));
        // a zaakbesluit read under another zaak does not exist there
        as(admin()).get(besluitenVan(ander) + "/" + Fixtures.uuidOf(eerste)).then().statusCode(404);
    }

    @Test
    void aBesluitThatDoesNotResolveIsBadUrlAndTheBesluitIsRequired() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        Response r = as(admin()).body(Map.of("besluit", NepBesluiten.ROOT + "/besluiten/" + UUID.randomUUID()))
                .post(besluitenVan(zaak));
        r.then().statusCode(400);
        assertEquals(List.of("bad-url"), codes(r, "besluit"));
        Response leeg = as(admin()).body(Map.of()).post(besluitenVan(zaak));
        leeg.then().statusCode(400);
        assertEquals(List.of("required"), codes(leeg, "besluit"));
        Response geenUrl = as(admin()).body(Map.of("besluit", "besluit 1")).post(besluitenVan(zaak));
        geenUrl.then().statusCode(400);
        assertEquals(List.of("invalid"), codes(geenUrl, "besluit"));
    }

    @Test
    void aBesluitIsRegisteredOncePerZaak() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String besluit = besluiten.besluit(zaak);
        as(admin()).body(Map.of("besluit", besluit)).post(besluitenVan(zaak)).then().statusCode(201);
        Response r = as(admin()).body(Map.of("besluit", besluit)).post(besluitenVan(zaak));
        r.then().statusCode(400);
        assertEquals(List.of("unique"), codes(r, "nonFieldErrors"));
    }

    @Test
    void anUnknownZaakIs404() {
        String weg = Fixtures.ROOT + "/zaken/" + UUID.randomUUID() + "/besluiten";
        as(admin()).get(weg).then().statusCode(404);
        as(admin()).body(Map.of("besluit", besluiten.besluit("x"))).post(weg).then().statusCode(404);
    }

    @Test
    void deleteRemovesTheZaakbesluit() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String url = zaakbesluit(zaak);
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        as(admin()).get(besluitenVan(zaak)).then().statusCode(200).body("", empty());
    }

    @Test
    void zrc006ReadingAndWritingFollowTheZaaksAutorisatie() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        String url = zaakbesluit(zaak);
        String lezer = TestAutorisaties.client("zb-lezer").zaaktype(zt.url(), Vertrouwelijkheidaanduiding.OPENBAAR,
                Scopes.Zrc.LEZEN).bearer();
        as(lezer).get(besluitenVan(zaak)).then().statusCode(200).body("url", contains(url));
        as(lezer).body(Map.of("besluit", besluiten.besluit(zaak))).post(besluitenVan(zaak)).then().statusCode(403);
        as(lezer).delete(path(url)).then().statusCode(403);
        String ander = TestAutorisaties.client("zb-ander").zaaktype(ZaakInformatieObjectTest.gedeeldZaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN, Scopes.Zrc.BIJWERKEN).bearer();
        as(ander).get(besluitenVan(zaak)).then().statusCode(403);
        as(ander).get(path(url)).then().statusCode(403);
    }

    @Test
    void expandGivesTheBesluit() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String url = zaakbesluit(zaak);
        String besluit = as(admin()).get(path(url)).then().extract().path("besluit");
        as(admin()).queryParam("expand", "besluit").get(path(url)).then().statusCode(200)
                .body("_expand.besluit.url", equalTo(besluit));
        as(admin()).queryParam("expand", "besluit").get(besluitenVan(zaak)).then().statusCode(200)
                .body("[0]._expand.besluit.zaak", equalTo(zaak));
        as(admin()).queryParam("expand", "zaak").get(besluitenVan(zaak)).then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid-expand-field"));
    }

    @Test
    void theCreateIsNotifiedAndBothWritesAudited() {
        String zaak = Fixtures.zaak(ZaakInformatieObjectTest.gedeeldZaaktype().url());
        String url = zaakbesluit(zaak);
        as(admin()).delete(path(url)).then().statusCode(204);
        List<JsonNode> sent = Uitgaand.notificaties(dataSource, zaak, "zaakbesluit");
        assertEquals(1, sent.size(), sent.toString());
        assertEquals("create", sent.get(0).path("actie").asText());
        assertEquals(url, sent.get(0).path("resourceUrl").asText());
        List<String> acties = as(admin()).get(path(zaak) + "/audittrail").then().statusCode(200)
                .extract().path("findAll { it.resource == 'zaakbesluit' }.actie");
        assertEquals(List.of("create", "destroy"), acties);
    }
}
