package nl.zgw.zaken.rollen;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import static nl.zgw.zaken.rollen.DelenFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /zaakobjecten: objectTypes with their objectIdentificatie, PUT, PATCH, DELETE, filters and the rules. */
@QuarkusTest
class ZaakObjectTest {

    static DelenFixtures.Zaaktype zt;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void zaaktype() {
        zt = DelenFixtures.zaaktype();
    }

    static Map<String, Object> object(String zaak, String objectType, Object identificatie) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaak", zaak);
        m.put("objectType", objectType);
        if (identificatie != null) {
            m.put("objectIdentificatie", identificatie);
        }
        return m;
    }

    static Map<String, Object> adres() {
        return Map.of("identificatie", "0363200000123456", "wplWoonplaatsNaam", "Amsterdam",
                "gorOpenbareRuimteNaam", "Dam", "huisnummer", 1, "postcode", "1012JS");
    }

    @Test
    void adresWithZaakobjecttypeIsStoredAndRenderedInFull() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> body = object(zaak, "adres", adres());
        body.put("zaakobjecttype", zt.zaakobjecttype());
        body.put("relatieomschrijving", "Locatie");
        String url = admin(body).post(ROOT + "/zaakobjecten").then().statusCode(201)
                .body("zaak", equalTo(zaak))
                .body("objectType", equalTo("adres"))
                .body("object", equalTo(""))
                .body("zaakobjecttype", equalTo(zt.zaakobjecttype()))
                .body("$", not(hasKey("objectTypeOverige")))
                .body("objectTypeOverigeDefinitie", nullValue())
                .body("relatieomschrijving", equalTo("Locatie"))
                .body("objectIdentificatie.huisnummer", equalTo(1))
                .body("objectIdentificatie.huisletter", equalTo(""))
                .extract().path("url");
        as(Fixtures.admin()).get(path(url)).then().statusCode(200).body("objectIdentificatie.postcode",
                equalTo("1012JS"));
        as(Fixtures.admin()).head(path(url)).then().statusCode(200);
        as(Fixtures.admin()).get(path(zaak)).then().statusCode(200).body("zaakobjecten", contains(url));
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?zaak=" + zaak + "&expand=zaakobjecttype").then()
                .statusCode(200).body("results[0]._expand.zaakobjecttype.url", equalTo(zt.zaakobjecttype()));
    }

    @Test
    void everyKindOfObjectIdentificatie() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> kinds = new HashMap<>();
        kinds.put("buurt", Map.of("buurtCode", "01", "buurtNaam", "Centrum", "gemGemeenteCode", "0363",
                "wykWijkCode", "02"));
        kinds.put("gemeente", Map.of("gemeenteNaam", "Amsterdam", "gemeenteCode", "0363"));
        kinds.put("gemeentelijke_openbare_ruimte", Map.of("identificatie", "g1", "openbareRuimteNaam", "Dam"));
        kinds.put("huishouden", Map.of("nummer", "h1", "isGehuisvestIn", Map.of("identificatie", "tgo1")));
        kinds.put("inrichtingselement", Map.of("type", "bord", "identificatie", "i1"));
        kinds.put("kadastrale_onroerende_zaak", Map.of("kadastraleIdentificatie", "k1",
                "kadastraleAanduiding", "ASD01 A 1234"));
        kinds.put("kunstwerkdeel", Map.of("type", "sluis", "identificatie", "kw1", "naam", "Sluis 1"));
        kinds.put("maatschappelijke_activiteit", Map.of("kvkNummer", "12345678", "handelsnaam", "Acme"));
        kinds.put("openbare_ruimte", Map.of("identificatie", "or1", "wplWoonplaatsNaam", "Amsterdam",
                "gorOpenbareRuimteNaam", "Dam"));
        kinds.put("pand", Map.of("identificatie", "p1"));
        kinds.put("spoorbaandeel", Map.of("type", "normaalspoor", "identificatie", "s1"));
        kinds.put("terreindeel", Map.of("type", "gras", "identificatie", "t1"));
        kinds.put("terrein_gebouwd_object", Map.of("identificatie", "tgo1"));
        kinds.put("waterdeel", Map.of("typeWaterdeel", "zee", "identificatie", "w1"));
        kinds.put("wegdeel", Map.of("type", "rijbaan", "identificatie", "wd1"));
        kinds.put("wijk", Map.of("wijkCode", "02", "wijkNaam", "Centrum", "gemGemeenteCode", "0363"));
        kinds.put("woonplaats", Map.of("identificatie", "1024", "woonplaatsNaam", "Amsterdam"));
        kinds.put("woz_object", Map.of("wozObjectNummer", "wo1"));
        kinds.put("woz_deelobject", Map.of("nummerWozDeelObject", "d1", "isOnderdeelVan",
                Map.of("wozObjectNummer", "wo1")));
        kinds.put("woz_waarde", Map.of("waardepeildatum", "20240101"));
        kinds.put("zakelijk_recht", Map.of("identificatie", "zr1", "avgAard", "eigendom"));
        kinds.put("overige", Map.of("overigeData", Map.of("boom", Map.of("soort", "eik"))));
        for (Map.Entry<String, Object> e : kinds.entrySet()) {
            Map<String, Object> body = object(zaak, e.getKey(), e.getValue());
            if (e.getKey().equals("overige")) {
                body.put("objectTypeOverige", "boom");
            }
            admin(body).post(ROOT + "/zaakobjecten").then().statusCode(201)
                    .body("objectType", equalTo(e.getKey()))
                    .body("objectIdentificatie", not(nullValue()));
        }
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?zaak=" + zaak).then().statusCode(200)
                .body("count", equalTo(kinds.size()));
    }

    @Test
    void betrokkeneKindsCarryTheGroupUnderBothNames() {
        String zaak = Fixtures.zaak(zt.url());
        admin(object(zaak, "natuurlijk_persoon", Map.of("inpBsn", "111222333"))).post(ROOT + "/zaakobjecten").then()
                .statusCode(201)
                .body("objectIdentificatie.inpBsn", equalTo("111222333"))
                .body("betrokkeneIdentificatie.inpBsn", equalTo("111222333"));
        Map<String, Object> body = object(zaak, "medewerker", null);
        body.put("betrokkeneIdentificatie", Map.of("identificatie", "mw"));
        admin(body).post(ROOT + "/zaakobjecten").then().statusCode(201)
                .body("objectIdentificatie.identificatie", equalTo("mw"));
    }

    @Test
    void besluitByUrlHasNoIdentificatie() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> body = object(zaak, "besluit", null);
        body.put("object", "https://besluiten.example.com/api/v1/besluiten/1");
        admin(body).post(ROOT + "/zaakobjecten").then().statusCode(201)
                .body("object", equalTo("https://besluiten.example.com/api/v1/besluiten/1"))
                .body("$", not(hasKey("objectIdentificatie")));
    }

    @Test
    void rules() {
        String zaak = Fixtures.zaak(zt.url());
        admin(object(zaak, "pand", null)).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("invalid-zaakobject"));
        admin(object(zaak, "overige", Map.of("overigeData", Map.of()))).post(ROOT + "/zaakobjecten").then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code",
                        hasItem("missing-object-type-overige"));
        Map<String, Object> fout = object(zaak, "pand", Map.of("identificatie", "p"));
        fout.put("objectTypeOverige", "boom");
        admin(fout).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code",
                        hasItem("invalid-object-type-overige-usage"));
        Map<String, Object> definitie = object(zaak, "overige", null);
        definitie.put("objectTypeOverigeDefinitie", Map.of("url", "https://objecttypen.example.com/t/1",
                "schema", ".jsonSchema", "objectData", ".record.data"));
        admin(definitie).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'object' }.code", hasItem("required"));
        Map<String, Object> ander = object(zaak, "pand", Map.of("identificatie", "p"));
        ander.put("zaakobjecttype", DelenFixtures.zaaktype().zaakobjecttype());
        admin(ander).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
    }

    @Test
    void badInputPerField() {
        String zaak = Fixtures.zaak(zt.url());
        admin(Map.of("zaak", zaak)).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectType' }.code", hasItem("required"));
        admin(object(zaak, "boom", null)).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectType' }.code", hasItem("invalid_choice"));
        Map<String, Object> lang = object(zaak, "pand", Map.of("identificatie", "p"));
        lang.put("relatieomschrijving", "x".repeat(81));
        admin(lang).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'relatieomschrijving' }.code", hasItem("max_length"));
        admin(object(zaak, "pand", Map.of("identificatie", "x".repeat(101)))).post(ROOT + "/zaakobjecten").then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'objectIdentificatie.identificatie' }.code",
                        hasItem("max_length"));
        Map<String, Object> patroon = object(zaak, "overige", Map.of("overigeData", Map.of()));
        patroon.put("objectTypeOverige", "BOOM");
        admin(patroon).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectTypeOverige' }.code", hasItem("invalid"));
        Map<String, Object> url = object(zaak, "pand", null);
        url.put("object", "geen url");
        admin(url).post(ROOT + "/zaakobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'object' }.code", hasItem("invalid"));
        admin(object(zaak, "adres", Map.of("identificatie", "a", "huisnummer", 100000))).post(ROOT + "/zaakobjecten")
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectIdentificatie.huisnummer' }.code", hasItem("max_value"))
                .body("invalidParams.findAll { it.name == 'objectIdentificatie.wplWoonplaatsNaam' }.code",
                        hasItem("required"));
    }

    @Test
    void putPatchKeepZaakObjectAndObjectType() {
        String zaak = Fixtures.zaak(zt.url());
        String url = post("zaakobjecten", object(zaak, "pand", Map.of("identificatie", "p1")));
        admin(Map.of("relatieomschrijving", "Gewijzigd")).patch(path(url)).then().statusCode(200)
                .body("relatieomschrijving", equalTo("Gewijzigd"))
                .body("objectIdentificatie.identificatie", equalTo("p1"));
        admin(Map.of("objectIdentificatie", Map.of("identificatie", "p2"))).patch(path(url)).then().statusCode(200)
                .body("objectIdentificatie.identificatie", equalTo("p2"));
        admin(object(zaak, "pand", Map.of("identificatie", "p3"))).put(path(url)).then().statusCode(200)
                .body("objectIdentificatie.identificatie", equalTo("p3"))
                .body("relatieomschrijving", equalTo(""));
        admin(Map.of("objectType", "adres")).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectType' }.code", hasItem("wijzigen-niet-toegelaten"));
        admin(Map.of("zaak", Fixtures.zaak(zt.url()), "object", "https://bag.example.com/pand/1")).patch(path(url))
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("wijzigen-niet-toegelaten"))
                .body("invalidParams.findAll { it.name == 'object' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void filtersAndDelete() {
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> metUrl = object(zaak, "pand", null);
        String pandUrl = "https://bag.example.com/panden/" + java.util.UUID.randomUUID();
        metUrl.put("object", pandUrl);
        String pand = post("zaakobjecten", metUrl);
        String adres = post("zaakobjecten", object(zaak, "adres", adres()));
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?zaak=" + zaak).then().statusCode(200)
                .body("results.url", contains(adres, pand));
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?object=" + pandUrl).then().statusCode(200)
                .body("results.url", contains(pand));
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?zaak=" + zaak + "&objectType=adres").then().statusCode(200)
                .body("results.url", contains(adres));
        as(Fixtures.admin()).get(ROOT + "/zaakobjecten?objectType=boom").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'objectType' }.code", hasItem("invalid_choice"));
        as(Fixtures.admin()).delete(path(pand)).then().statusCode(204);
        as(Fixtures.admin()).get(path(pand)).then().statusCode(404);
    }

    @Test
    void notificationsCreateUpdatePartialUpdateDestroy() throws Exception {
        String zaak = Fixtures.zaak(zt.url());
        int before = DelenFixtures.outbox(dataSource, zaak).size();
        String url = post("zaakobjecten", object(zaak, "pand", Map.of("identificatie", "n")));
        admin(object(zaak, "pand", Map.of("identificatie", "n2"))).put(path(url)).then().statusCode(200);
        admin(Map.of("relatieomschrijving", "x")).patch(path(url)).then().statusCode(200);
        as(Fixtures.admin()).delete(path(url)).then().statusCode(204);
        List<JsonNode> rows = DelenFixtures.outbox(dataSource, zaak);
        List<JsonNode> mine = rows.subList(before, rows.size());
        assertEquals(List.of("create", "update", "partial_update", "destroy"),
                mine.stream().map(n -> n.get("actie").asText()).toList());
        for (JsonNode n : mine) {
            assertEquals("zaakobject", n.get("resource").asText());
            assertEquals(url, n.get("resourceUrl").asText());
            assertEquals(zt.url(), n.path("kenmerken").get("zaaktype").asText());
        }
        assertEquals(4, DelenFixtures.audit(dataSource, zaak).stream()
                .filter(a -> a.get("resource").asText().equals("zaakobject")).count());
    }
}
