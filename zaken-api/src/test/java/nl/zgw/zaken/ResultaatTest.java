package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.StatusFixtures.ROOT;
import static nl.zgw.zaken.StatusFixtures.admin;
import static nl.zgw.zaken.StatusFixtures.as;
import static nl.zgw.zaken.StatusFixtures.path;
import static nl.zgw.zaken.StatusFixtures.resultaat;
import static nl.zgw.zaken.StatusFixtures.zaak;
import static nl.zgw.zaken.StatusFixtures.zaaktype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /resultaten: one per zaak (zrc-020: its resultaattype of the zaak's zaaktype), CRUD, filters, notifications. */
@QuarkusTest
class ResultaatTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createReadAndTheZaaksResultaat() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        var created = admin(Map.of("zaak", zaak, "resultaattype", zt.resultaattype(), "toelichting", "toegekend"))
                .post(ROOT + "/resultaten").then().statusCode(201)
                .body("zaak", equalTo(zaak)).body("resultaattype", equalTo(zt.resultaattype()))
                .body("toelichting", equalTo("toegekend")).extract();
        String url = created.path("url");
        assertEquals(url, created.header("Location"));
        as(admin()).get(path(url)).then().statusCode(200).body("uuid", equalTo(url.substring(url.lastIndexOf('/') + 1)));
        as(admin()).get(path(zaak)).then().statusCode(200).body("resultaat", equalTo(url));
    }

    @Test
    void aZaakHasOneResultaat() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        admin(Map.of("zaak", zaak, "resultaattype", zt.resultaattype())).post(ROOT + "/resultaten").then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("unique"));
    }

    @Test
    void zrc020ResultaattypeOfAnotherZaaktypeIsZaaktypeMismatch() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        admin(Map.of("zaak", zaak(zt.url()), "resultaattype", ander.resultaattype())).post(ROOT + "/resultaten")
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
    }

    @Test
    void requiredAndInvalidFields() {
        admin(Map.of()).post(ROOT + "/resultaten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'resultaattype' }.code", hasItem("required"));
        StatusFixtures.Zaaktype zt = zaaktype();
        admin(Map.of("zaak", zaak(zt.url()), "resultaattype", "https://example.com/elders/resultaattypen/1",
                "toelichting", "x".repeat(1001))).post(ROOT + "/resultaten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'toelichting' }.code", hasItem("max_length"));
        admin(Map.of("zaak", zaak(zt.url()), "resultaattype", "https://example.com/elders/resultaattypen/1"))
                .post(ROOT + "/resultaten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'resultaattype' }.code", hasItem("bad-url"));
    }

    @Test
    void putAndPatchChangeTheToelichtingButNotTheResultaattype() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String url = resultaat(zaak, zt.resultaattype());
        admin(Map.of("zaak", zaak, "resultaattype", zt.resultaattype(), "toelichting", "per put"))
                .put(path(url)).then().statusCode(200).body("toelichting", equalTo("per put"));
        admin(Map.of("toelichting", "per patch")).patch(path(url)).then().statusCode(200)
                .body("toelichting", equalTo("per patch")).body("resultaattype", equalTo(zt.resultaattype()));
        StatusFixtures.Zaaktype ander = zaaktype();
        admin(Map.of("resultaattype", ander.resultaattype())).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'resultaattype' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void deleteRemovesItAndTheZaakHasNoResultaatAnymore() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String url = resultaat(zaak, zt.resultaattype());
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        as(admin()).get(path(zaak)).then().statusCode(200).body("resultaat", nullValue());
    }

    @Test
    void listFiltersOnZaakAndResultaattypeWithinTheAutorisaties() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        String zaak = zaak(zt.url());
        String eigen = resultaat(zaak, zt.resultaattype());
        String tweede = resultaat(zaak(zt.url()), zt.resultaattype());
        resultaat(zaak(ander.url()), ander.resultaattype());
        as(admin()).queryParam("zaak", zaak).get(ROOT + "/resultaten").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(eigen));
        as(admin()).queryParam("resultaattype", zt.resultaattype()).get(ROOT + "/resultaten").then().statusCode(200)
                .body("results.url", contains(eigen, tweede));
        String lezer = TestAutorisaties.client("resultaat-lezer-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.OPENBAAR, Scopes.Zrc.LEZEN).bearer();
        as(lezer).queryParam("resultaattype", ander.resultaattype()).get(ROOT + "/resultaten").then()
                .statusCode(200).body("count", equalTo(0));
        as(admin()).queryParam("zaak", "geen-url").get(ROOT + "/resultaten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
    }

    @Test
    void writesNeedBijwerkenForTheZaaktype() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String lezer = TestAutorisaties.client("resultaat-alleen-lezen-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.LEZEN).bearer();
        as(lezer).body(Map.of("zaak", zaak(zt.url()), "resultaattype", zt.resultaattype()))
                .post(ROOT + "/resultaten").then().statusCode(403);
    }

    @Test
    void everyWriteIsNotifiedAndAudited() throws Exception {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String url = resultaat(zaak, zt.resultaattype());
        admin(Map.of("zaak", zaak, "resultaattype", zt.resultaattype(), "toelichting", "a")).put(path(url))
                .then().statusCode(200);
        admin(Map.of("toelichting", "b")).patch(path(url)).then().statusCode(200);
        as(admin()).delete(path(url)).then().statusCode(204);
        List<JsonNode> notificaties = Wijzigingsregister.notificaties(dataSource, url);
        assertEquals(List.of("create", "update", "partial_update", "destroy"),
                notificaties.stream().map(n -> n.get("actie").asText()).toList());
        notificaties.forEach(n -> {
            assertEquals("resultaat", n.get("resource").asText());
            assertEquals(zaak, n.get("hoofdObject").asText());
            assertEquals(zt.url(), n.get("kenmerken").get("zaaktype").asText());
        });
        assertEquals(List.of("create", "update", "partial_update", "destroy"),
                Wijzigingsregister.audit(dataSource, zaak, url));
    }
}
