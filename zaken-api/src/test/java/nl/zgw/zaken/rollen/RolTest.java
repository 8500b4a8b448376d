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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.rollen.DelenFixtures.ROOT;
import static nl.zgw.zaken.rollen.DelenFixtures.persoon;
import static nl.zgw.zaken.rollen.DelenFixtures.post;
import static nl.zgw.zaken.rollen.DelenFixtures.rol;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /rollen: every betrokkeneType with its betrokkeneIdentificatie, read, HEAD, PUT (extension), DELETE, the rules. */
@QuarkusTest
class RolTest {

    static DelenFixtures.Zaaktype zt;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void zaaktype() {
        zt = DelenFixtures.zaaktype();
    }

    @Test
    void natuurlijkPersoonWithAddressesIsStoredAndRenderedInFull() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> id = new HashMap<>(persoon("111222333"));
        id.put("inpA_nummer", "1234567890");
        id.put("geslachtsaanduiding", "v");
        id.put("verblijfsadres", Map.of("aoaIdentificatie", "0363200000123456", "wplWoonplaatsNaam", "Amsterdam",
                "gorOpenbareRuimteNaam", "Dam", "aoaHuisnummer", 1, "aoaPostcode", "1012JS"));
        id.put("subVerblijfBuitenland", Map.of("lndLandcode", "DE", "lndLandnaam", "Duitsland",
                "subAdresBuitenland_1", "Unter den Linden 1"));
        Map<String, Object> body = rol(zaak, zt.behandelaar(), "natuurlijk_persoon", id);
        body.put("afwijkendeNaamBetrokkene", "Mevr. Jansen");
        body.put("indicatieMachtiging", "gemachtigde");
        body.put("contactpersoonRol", Map.of("naam", "Piet", "emailadres", "piet@example.nl"));
        String url = admin(body).post(ROOT + "/rollen").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("url", startsWith("http"))
                .body("zaak", equalTo(zaak))
                .body("betrokkene", equalTo(""))
                .body("betrokkeneType", equalTo("natuurlijk_persoon"))
                .body("roltype", equalTo(zt.behandelaar()))
                .body("omschrijving", equalTo("Behandelaar"))
                .body("omschrijvingGeneriek", equalTo("behandelaar"))
                .body("roltoelichting", equalTo("toelichting"))
                .body("afwijkendeNaamBetrokkene", equalTo("Mevr. Jansen"))
                .body("indicatieMachtiging", equalTo("gemachtigde"))
                .body("contactpersoonRol.naam", equalTo("Piet"))
                .body("contactpersoonRol.telefoonnummer", equalTo(""))
                .body("statussen", empty())
                .body("betrokkeneIdentificatie.inpBsn", equalTo("111222333"))
                .body("betrokkeneIdentificatie.inpA_nummer", equalTo("1234567890"))
                .body("betrokkeneIdentificatie.voornamen", equalTo(""))
                .body("betrokkeneIdentificatie.verblijfsadres.aoaHuisnummer", equalTo(1))
                .body("betrokkeneIdentificatie.verblijfsadres.aoaHuisletter", equalTo(""))
                .body("betrokkeneIdentificatie.subVerblijfBuitenland.subAdresBuitenland_1",
                        equalTo("Unter den Linden 1"))
                .extract().path("url");
        as(Fixtures.admin()).get(path(url)).then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("betrokkeneIdentificatie.geslachtsnaam", equalTo("Jansen"))
                .body("betrokkeneIdentificatie.geslachtsaanduiding", equalTo("v"));
        as(Fixtures.admin()).head(path(url)).then().statusCode(200).header("ETag", startsWith("\""));
        as(Fixtures.admin()).get(path(zaak)).then().statusCode(200).body("rollen", contains(url));
    }

    @Test
    void nietNatuurlijkPersoon() {
        String zaak = Fixtures.zaak(zt.url());
        admin(rol(zaak, zt.behandelaar(), "niet_natuurlijk_persoon", Map.of("innNnpId", "123456789",
                "statutaireNaam", "Acme BV", "innRechtsvorm", "besloten_vennootschap", "bezoekadres", "Straat 1")))
                .post(ROOT + "/rollen").then().statusCode(201)
                .body("betrokkeneIdentificatie.innNnpId", equalTo("123456789"))
                .body("betrokkeneIdentificatie.innRechtsvorm", equalTo("besloten_vennootschap"))
                .body("betrokkeneIdentificatie.annIdentificatie", equalTo(""))
                .body("betrokkeneIdentificatie.subVerblijfBuitenland", nullValue());
    }

    @Test
    void vestiging() {
        String zaak = Fixtures.zaak(zt.url());
        admin(rol(zaak, zt.behandelaar(), "vestiging", Map.of("vestigingsNummer", "000012345678",
                "handelsnaam", List.of("Acme", "Acme Zuid"), "kvkNummer", "12345678")))
                .post(ROOT + "/rollen").then().statusCode(201)
                .body("betrokkeneIdentificatie.vestigingsNummer", equalTo("000012345678"))
                .body("betrokkeneIdentificatie.handelsnaam", contains("Acme", "Acme Zuid"))
                .body("betrokkeneIdentificatie.kvkNummer", equalTo("12345678"))
                .body("betrokkeneIdentificatie.verblijfsadres", nullValue());
    }

    @Test
    void organisatorischeEenheid() {
        String zaak = Fixtures.zaak(zt.url());
        admin(rol(zaak, zt.behandelaar(), "organisatorische_eenheid", Map.of("identificatie", "OE1",
                "naam", "Vergunningen", "isGehuisvestIn", "Stadhuis")))
                .post(ROOT + "/rollen").then().statusCode(201)
                .body("betrokkeneIdentificatie.identificatie", equalTo("OE1"))
                .body("betrokkeneIdentificatie.naam", equalTo("Vergunningen"))
                .body("betrokkeneIdentificatie.isGehuisvestIn", equalTo("Stadhuis"));
    }

    @Test
    void medewerkerInSnakeCase() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> body = new HashMap<>();
        body.put("zaak", zaak);
        body.put("roltype", zt.behandelaar());
        body.put("betrokkene_type", "medewerker");
        body.put("roltoelichting", "snake");
        body.put("betrokkene_identificatie", Map.of("identificatie", "mw-1", "achternaam", "Visser",
                "voorvoegsel_achternaam", "de"));
        admin(body).post(ROOT + "/rollen").then().statusCode(201)
                .body("betrokkeneType", equalTo("medewerker"))
                .body("betrokkeneIdentificatie.identificatie", equalTo("mw-1"))
                .body("betrokkeneIdentificatie.voorvoegselAchternaam", equalTo("de"))
                .body("betrokkeneIdentificatie.voorletters", equalTo(""));
    }

    @Test
    void betrokkeneUrlAloneIsEnoughAndRendersTheEmptyGroup() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> body = rol(zaak, zt.behandelaar(), "medewerker");
        body.put("betrokkene", "https://medewerkers.example.com/api/v1/medewerkers/42");
        admin(body).post(ROOT + "/rollen").then().statusCode(201)
                .body("betrokkene", equalTo("https://medewerkers.example.com/api/v1/medewerkers/42"))
                .body("betrokkeneIdentificatie.identificatie", equalTo(""));
    }

    @Test
    void invalidBetrokkeneWithoutBetrokkeneOrIdentificatie() {
        String zaak = Fixtures.zaak(zt.url());
        admin(rol(zaak, zt.behandelaar(), "natuurlijk_persoon")).post(ROOT + "/rollen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("invalid-betrokkene"));
    }

    @Test
    void zrc019RoltypeOfAnotherZaaktypeIsAZaaktypeMismatch() {
        String zaak = Fixtures.zaak(zt.url());
        String ander = Fixtures.zaaktype().roltype();
        admin(rol(zaak, ander, "natuurlijk_persoon", persoon("111222333"))).post(ROOT + "/rollen").then()
                .statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
    }

    @Test
    void maxOccurencesOneInitiatorPerZaak() {
        String zaak = Fixtures.zaak(zt.url());
        post("rollen", rol(zaak, zt.initiator(), "natuurlijk_persoon", persoon("111222333")));
        admin(rol(zaak, zt.initiator(), "natuurlijk_persoon", persoon("123456782"))).post(ROOT + "/rollen").then()
                .statusCode(400)
                .body("invalidParams.findAll { it.name == 'roltype' }.code", hasItem("max-occurences"));
        // another generic role may occur more than once
        post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "a")));
        post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "b")));
    }

    @Test
    void maxOccurencesOneZaakcoordinatorPerZaak() {
        String zaak = Fixtures.zaak(zt.url());
        post("rollen", rol(zaak, zt.zaakcoordinator(), "medewerker", Map.of("identificatie", "a")));
        admin(rol(zaak, zt.zaakcoordinator(), "medewerker", Map.of("identificatie", "b"))).post(ROOT + "/rollen")
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'roltype' }.code", hasItem("max-occurences"));
    }

    @Test
    void extensionPutReplacesTheRolButNotItsZaakOrRoltype() {
        String zaak = Fixtures.zaak(zt.url());
        String url = post("rollen", rol(zaak, zt.initiator(), "natuurlijk_persoon", persoon("111222333")));
        Map<String, Object> body = rol(zaak, zt.initiator(), "medewerker", Map.of("identificatie", "mw-9"));
        body.put("roltoelichting", "vervangen");
        admin(body).put(path(url)).then().statusCode(200)
                .body("betrokkeneType", equalTo("medewerker"))
                .body("betrokkeneIdentificatie.identificatie", equalTo("mw-9"))
                .body("roltoelichting", equalTo("vervangen"));
        // the old BSN no longer finds it, the medewerker does
        as(Fixtures.admin()).get(ROOT + "/rollen?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=111222333&zaak="
                + zaak).then().statusCode(200).body("count", equalTo(0));
        as(Fixtures.admin()).get(ROOT + "/rollen?betrokkeneIdentificatie__medewerker__identificatie=mw-9&zaak="
                + zaak).then().statusCode(200).body("count", equalTo(1));

        Map<String, Object> ander = rol(Fixtures.zaak(zt.url()), zt.behandelaar(), "medewerker",
                Map.of("identificatie", "x"));
        admin(ander).put(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("wijzigen-niet-toegelaten"))
                .body("invalidParams.findAll { it.name == 'roltype' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void deleteRemovesTheRol() {
        String zaak = Fixtures.zaak(zt.url());
        String url = post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "weg")));
        as(Fixtures.admin()).delete(path(url)).then().statusCode(204);
        as(Fixtures.admin()).get(path(url)).then().statusCode(404);
        as(Fixtures.admin()).delete(path(url)).then().statusCode(404);
        as(Fixtures.admin()).get(path(zaak)).then().statusCode(200).body("rollen", empty());
    }

    @Test
    void deletingTheZaakDeletesItsRollen() {
        String zaak = Fixtures.zaak(zt.url());
        String url = post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "cascade")));
        as(Fixtures.admin()).delete(path(zaak)).then().statusCode(204);
        as(Fixtures.admin()).get(path(url)).then().statusCode(404);
    }

    @Test
    void notificationsAndAuditOfCreateUpdateAndDestroy() throws Exception {
        String zaak = Fixtures.zaak(zt.url());
        int before = DelenFixtures.outbox(dataSource, zaak).size();
        String url = post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "n")));
        admin(rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "n2"))).put(path(url)).then()
                .statusCode(200);
        as(Fixtures.admin()).delete(path(url)).then().statusCode(204);

        List<JsonNode> rows = DelenFixtures.outbox(dataSource, zaak);
        List<JsonNode> rollen = rows.subList(before, rows.size());
        assertEquals(3, rollen.size(), rollen.toString());
        String[] acties = {"create", "update", "destroy"};
        JsonNode zaakJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                as(Fixtures.admin()).get(path(zaak)).then().extract().asString());
        for (int i = 0; i < 3; i++) {
            JsonNode n = rollen.get(i);
            assertEquals("zaken", n.get("kanaal").asText());
            assertEquals(zaak, n.get("hoofdObject").asText());
            assertEquals("rol", n.get("resource").asText());
            assertEquals(url, n.get("resourceUrl").asText());
            assertEquals(acties[i], n.get("actie").asText());
            assertEquals(zaakJson.get("bronorganisatie").asText(), n.path("kenmerken").get("bronorganisatie").asText());
            assertEquals(zt.url(), n.path("kenmerken").get("zaaktype").asText());
            assertEquals(zaakJson.get("vertrouwelijkheidaanduiding").asText(),
                    n.path("kenmerken").get("vertrouwelijkheidaanduiding").asText());
            assertEquals(3, n.path("kenmerken").size(), n.toString());
        }
        List<JsonNode> audit = DelenFixtures.audit(dataSource, zaak).stream()
                .filter(a -> a.get("resource").asText().equals("rol")).toList();
        assertEquals(3, audit.size(), audit.toString());
        assertEquals("create", audit.get(0).get("actie").asText());
        assertEquals(201, audit.get(0).get("resultaat").asInt());
        assertEquals("n", audit.get(0).path("nieuw").path("betrokkeneIdentificatie").get("identificatie").asText());
        assertEquals("n", audit.get(1).path("oud").path("betrokkeneIdentificatie").get("identificatie").asText());
        assertEquals("n2", audit.get(1).path("nieuw").path("betrokkeneIdentificatie").get("identificatie").asText());
        assertEquals("destroy", audit.get(2).get("actie").asText());
        assertEquals("Behandelaar", audit.get(2).get("resourceWeergave").asText());
    }

    @Test
    void zrc006ReadAndWriteFollowTheZaaksAutorisatie() {
        String zaak = Fixtures.zaak(zt.url(), "geheim");
        String url = post("rollen", rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "g")));
        String lezer = TestAutorisaties.client("rol-lezer-" + java.util.UUID.randomUUID())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.OPENBAAR, Scopes.Zrc.LEZEN).bearer();
        as(lezer).get(path(url)).then().statusCode(403);
        as(lezer).get(ROOT + "/rollen?zaak=" + zaak).then().statusCode(200).body("count", equalTo(0));
        String schrijver = TestAutorisaties.client("rol-lezer-" + java.util.UUID.randomUUID())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN).bearer();
        as(schrijver).body(rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "h")))
                .post(ROOT + "/rollen").then().statusCode(403);
        as(schrijver).delete(path(url)).then().statusCode(403);
        as(schrijver).get(path(url)).then().statusCode(200);
    }
}
