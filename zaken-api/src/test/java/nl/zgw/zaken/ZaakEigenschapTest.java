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
import java.util.UUID;

import static nl.zgw.zaken.StatusFixtures.admin;
import static nl.zgw.zaken.StatusFixtures.as;
import static nl.zgw.zaken.StatusFixtures.eigenschap;
import static nl.zgw.zaken.StatusFixtures.path;
import static nl.zgw.zaken.StatusFixtures.zaak;
import static nl.zgw.zaken.StatusFixtures.zaaktype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /zaken/{zaak_uuid}/zaakeigenschappen: zrc-018, naam copied from the eigenschap, only the waarde changes. */
@QuarkusTest
class ZaakEigenschapTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createCopiesTheNaamAndTheZaakListsIt() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        var created = admin(Map.of("zaak", zaak, "eigenschap", zt.eigenschap(), "waarde", "20240101"))
                .post(path(zaak) + "/zaakeigenschappen").then().statusCode(201)
                .body("zaak", equalTo(zaak)).body("eigenschap", equalTo(zt.eigenschap()))
                .body("naam", equalTo(zt.eigenschapNaam())).body("waarde", equalTo("20240101")).extract();
        String url = created.path("url");
        assertEquals(url, created.header("Location"));
        assertEquals(zaak + "/zaakeigenschappen/" + created.path("uuid"), url);
        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url));
        as(admin()).get(path(zaak) + "/zaakeigenschappen").then().statusCode(200).body("url", contains(url));
        as(admin()).get(path(zaak)).then().statusCode(200).body("eigenschappen", contains(url));
    }

    @Test
    void zrc018EigenschapOfAnotherZaaktypeIsZaaktypeMismatch() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        String zaak = zaak(zt.url());
        admin(Map.of("zaak", zaak, "eigenschap", ander.eigenschap(), "waarde", "x"))
                .post(path(zaak) + "/zaakeigenschappen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
    }

    @Test
    void requiredFieldsAndTheZaakOfThePath() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        admin(Map.of()).post(path(zaak) + "/zaakeigenschappen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'eigenschap' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'waarde' }.code", hasItem("required"));
        admin(Map.of("zaak", zaak(zt.url()), "eigenschap", zt.eigenschap(), "waarde", "x"))
                .post(path(zaak) + "/zaakeigenschappen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
        as(admin()).get(path(zaak).replace(zaak.substring(zaak.lastIndexOf('/') + 1), UUID.randomUUID().toString())
                + "/zaakeigenschappen").then().statusCode(404);
    }

    @Test
    void onlyTheWaardeChanges() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String url = eigenschap(zaak, zt.eigenschap(), "20240101");
        admin(Map.of("zaak", zaak, "eigenschap", zt.eigenschap(), "waarde", "20240202")).put(path(url))
                .then().statusCode(200).body("waarde", equalTo("20240202"));
        admin(Map.of("waarde", "20240303")).patch(path(url)).then().statusCode(200)
                .body("waarde", equalTo("20240303")).body("naam", equalTo(zt.eigenschapNaam()));
        admin(Map.of("eigenschap", zaaktype().eigenschap())).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'eigenschap' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void aZaakeigenschapIsOnlyFoundUnderItsOwnZaak() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String ander = zaak(zt.url());
        String url = eigenschap(zaak, zt.eigenschap(), "20240101");
        as(admin()).get(path(ander) + "/zaakeigenschappen/" + url.substring(url.lastIndexOf('/') + 1))
                .then().statusCode(404);
    }

    @Test
    void readingNeedsLezenForTheZaaktype() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        String zaak = zaak(zt.url());
        eigenschap(zaak, zt.eigenschap(), "20240101");
        String vreemde = TestAutorisaties.client("eigenschap-vreemd-" + System.nanoTime())
                .zaaktype(ander.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.LEZEN).bearer();
        as(vreemde).get(path(zaak) + "/zaakeigenschappen").then().statusCode(403);
    }

    @Test
    void deleteAndEveryWriteNotifiedAndAudited() throws Exception {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String url = eigenschap(zaak, zt.eigenschap(), "20240101");
        admin(Map.of("zaak", zaak, "eigenschap", zt.eigenschap(), "waarde", "20240202")).put(path(url))
                .then().statusCode(200);
        admin(Map.of("waarde", "20240303")).patch(path(url)).then().statusCode(200);
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        List<JsonNode> notificaties = Wijzigingsregister.notificaties(dataSource, url);
        assertEquals(List.of("create", "update", "partial_update", "destroy"),
                notificaties.stream().map(n -> n.get("actie").asText()).toList());
        notificaties.forEach(n -> {
            assertEquals("zaakeigenschap", n.get("resource").asText());
            assertEquals(zaak, n.get("hoofdObject").asText());
        });
        assertEquals(List.of("create", "update", "partial_update", "destroy"),
                Wijzigingsregister.audit(dataSource, zaak, url));
    }
}
