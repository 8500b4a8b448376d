package nl.zgw.zaken.rollen;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.zaken.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.rollen.DelenFixtures.ROOT;
import static nl.zgw.zaken.rollen.DelenFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /klantcontacten (deprecated, still served): create, read, list by zaak, generated identificatie, the rules. */
@QuarkusTest
class KlantcontactTest {

    static DelenFixtures.Zaaktype zt;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void zaaktype() {
        zt = DelenFixtures.zaaktype();
    }

    static Map<String, Object> contact(String zaak) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaak", zaak);
        m.put("datumtijd", "2024-03-01T10:15:00+01:00");
        m.put("kanaal", "telefoon");
        m.put("onderwerp", "Vraag");
        return m;
    }

    @Test
    void createReadAndListWithAGeneratedIdentificatie() {
        String zaak = Fixtures.zaak(zt.url());
        String url = admin(contact(zaak)).post(ROOT + "/klantcontacten").then().statusCode(201)
                .body("zaak", equalTo(zaak))
                .body("identificatie", matchesPattern("[A-Za-z0-9]{12}"))
                .body("datumtijd", equalTo("2024-03-01T09:15:00Z"))
                .body("kanaal", equalTo("telefoon"))
                .body("onderwerp", equalTo("Vraag"))
                .body("toelichting", equalTo(""))
                .extract().path("url");
        as(Fixtures.admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url));
        Map<String, Object> eigen = contact(zaak);
        eigen.put("identificatie", "KC-1");
        String tweede = post("klantcontacten", eigen);
        as(Fixtures.admin()).get(ROOT + "/klantcontacten?zaak=" + zaak).then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", contains(tweede, url));
        as(Fixtures.admin()).get(path(tweede)).then().body("identificatie", equalTo("KC-1"));
    }

    @Test
    void badInput() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> b = contact(zaak);
        b.remove("datumtijd");
        admin(b).post(ROOT + "/klantcontacten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datumtijd' }.code", hasItem("required"));
        b = contact(zaak);
        b.put("datumtijd", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        admin(b).post(ROOT + "/klantcontacten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datumtijd' }.code", hasItem("date-in-future"));
        b = contact(zaak);
        b.put("datumtijd", "gisteren");
        admin(b).post(ROOT + "/klantcontacten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datumtijd' }.code", hasItem("invalid"));
        b = contact(zaak);
        b.put("identificatie", "x".repeat(15));
        b.put("kanaal", "x".repeat(21));
        b.put("onderwerp", "x".repeat(201));
        b.put("toelichting", "x".repeat(1001));
        var r = admin(b).post(ROOT + "/klantcontacten").then().statusCode(400);
        for (String veld : List.of("identificatie", "kanaal", "onderwerp", "toelichting")) {
            r.body("invalidParams.findAll { it.name == '" + veld + "' }.code", hasItem("max_length"));
        }
        b = contact("http://localhost/zaken/api/v1/zaken/" + UUID.randomUUID());
        admin(b).post(ROOT + "/klantcontacten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("does_not_exist"));
        as(Fixtures.admin()).get(ROOT + "/klantcontacten?zaak=x").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
    }

    @Test
    void notifiedAndAuditedOnTheZaak() throws Exception {
        String zaak = Fixtures.zaak(zt.url());
        String url = post("klantcontacten", contact(zaak));
        List<JsonNode> rows = DelenFixtures.outbox(dataSource, zaak).stream()
                .filter(n -> n.get("resource").asText().equals("klantcontact")).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("create", rows.get(0).get("actie").asText());
        assertEquals(url, rows.get(0).get("resourceUrl").asText());
        assertEquals("zaken", rows.get(0).get("kanaal").asText());
        assertEquals(1, DelenFixtures.audit(dataSource, zaak).stream()
                .filter(a -> a.get("resource").asText().equals("klantcontact")).count());
    }

    @Test
    void zrc006OnlyForTheZaaksAutorisatie() {
        String zaak = Fixtures.zaak(zt.url(), "vertrouwelijk");
        String url = post("klantcontacten", contact(zaak));
        String lezer = TestAutorisaties.client("kc-" + UUID.randomUUID())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.INTERN, Scopes.Zrc.LEZEN, Scopes.Zrc.BIJWERKEN)
                .bearer();
        as(lezer).get(path(url)).then().statusCode(403);
        as(lezer).get(ROOT + "/klantcontacten?zaak=" + zaak).then().statusCode(200).body("count", equalTo(0));
        as(lezer).body(contact(zaak)).post(ROOT + "/klantcontacten").then().statusCode(403);
    }
}
