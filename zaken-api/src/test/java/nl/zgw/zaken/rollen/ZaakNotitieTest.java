package nl.zgw.zaken.rollen;

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
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /zaaknotities (1.7, experimental): CRUD, only a concept may change, every filter, pageSize. */
@QuarkusTest
class ZaakNotitieTest {

    static DelenFixtures.Zaaktype zt;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void zaaktype() {
        zt = DelenFixtures.zaaktype();
    }

    static Map<String, Object> notitie(String zaak, String onderwerp) {
        Map<String, Object> m = new HashMap<>();
        m.put("gerelateerdAan", zaak);
        m.put("onderwerp", onderwerp);
        m.put("tekst", "Gebeld met de aanvrager over " + onderwerp);
        m.put("aangemaaktDoor", "Medewerker Jansen");
        return m;
    }

    @Test
    void createReadUpdatePatchDelete() {
        String zaak = Fixtures.zaak(zt.url());
        String url = admin(notitie(zaak, "Telefoon")).post(ROOT + "/zaaknotities").then().statusCode(201)
                .body("gerelateerdAan", equalTo(zaak))
                .body("onderwerp", equalTo("Telefoon"))
                .body("notitieType", equalTo("intern"))
                .body("status", equalTo("concept"))
                .body("$", not(hasKey("uuid")))
                .extract().path("url");
        as(Fixtures.admin()).get(path(url)).then().statusCode(200).body("aangemaaktDoor", equalTo("Medewerker Jansen"));
        Map<String, Object> put = notitie(zaak, "Telefoon 2");
        put.put("notitieType", "extern");
        admin(put).put(path(url)).then().statusCode(200).body("onderwerp", equalTo("Telefoon 2"))
                .body("notitieType", equalTo("extern"));
        admin(Map.of("status", "definitief")).patch(path(url)).then().statusCode(200)
                .body("status", equalTo("definitief")).body("onderwerp", equalTo("Telefoon 2"));
        // a definitieve notitie can no longer change
        admin(Map.of("tekst", "later")).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid"));
        admin(put).put(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid"));
        as(Fixtures.admin()).delete(path(url)).then().statusCode(204);
        as(Fixtures.admin()).get(path(url)).then().statusCode(404);
    }

    @Test
    void badInput() {
        String zaak = Fixtures.zaak(zt.url());
        admin(Map.of("gerelateerdAan", zaak)).post(ROOT + "/zaaknotities").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'onderwerp' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'tekst' }.code", hasItem("required"));
        Map<String, Object> b = notitie(zaak, "");
        b.put("tekst", "");
        b.put("notitieType", "geheim");
        b.put("status", "klaar");
        b.put("aangemaaktDoor", "x".repeat(256));
        admin(b).post(ROOT + "/zaaknotities").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'onderwerp' }.code", hasItem("blank"))
                .body("invalidParams.findAll { it.name == 'tekst' }.code", hasItem("blank"))
                .body("invalidParams.findAll { it.name == 'notitieType' }.code", hasItem("invalid_choice"))
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid_choice"))
                .body("invalidParams.findAll { it.name == 'aangemaaktDoor' }.code", hasItem("max_length"));
        admin(notitie("http://localhost/zaken/api/v1/zaken/" + UUID.randomUUID(), "x")).post(ROOT + "/zaaknotities")
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'gerelateerdAan' }.code", hasItem("does_not_exist"));
    }

    @Test
    void filters() {
        String zaak = Fixtures.zaak(zt.url());
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        String a = post("zaaknotities", notitie(zaak, "Brief " + uniek));
        Map<String, Object> extern = notitie(zaak, "Mail " + uniek);
        extern.put("notitieType", "extern");
        extern.put("status", "definitief");
        extern.put("aangemaaktDoor", "Piet_" + uniek);
        String b = post("zaaknotities", extern);
        String q = ROOT + "/zaaknotities?gerelateerdAan=" + zaak;
        as(Fixtures.admin()).get(q).then().statusCode(200).body("results.url", contains(b, a));
        as(Fixtures.admin()).get(q + "&notitieType=extern").then().body("results.url", contains(b));
        as(Fixtures.admin()).get(q + "&status=concept").then().body("results.url", contains(a));
        as(Fixtures.admin()).get(q + "&onderwerp=Brief " + uniek).then().body("results.url", contains(a));
        as(Fixtures.admin()).get(q + "&onderwerp__icontains=mAIL").then().body("results.url", contains(b));
        as(Fixtures.admin()).get(q + "&tekst__icontains=brief " + uniek).then().body("results.url", contains(a));
        as(Fixtures.admin()).get(q + "&aangemaaktDoor=Piet_" + uniek).then().body("results.url", contains(b));
        // LIKE wildcards are searched literally
        as(Fixtures.admin()).get(q + "&aangemaaktDoor__icontains=t_" + uniek).then().body("results.url", contains(b));
        as(Fixtures.admin()).get(q + "&aangemaaktDoor__icontains=%25").then().body("count", equalTo(0));
        as(Fixtures.admin()).get(q + "&aanmaakdatum__gte=2020-01-01T00:00:00Z&wijzigingsdatum__lt=2999-01-01T00:00:00Z")
                .then().body("count", equalTo(2));
        as(Fixtures.admin()).get(q + "&aanmaakdatum__lt=2020-01-01T00:00:00Z").then().body("count", equalTo(0));
        as(Fixtures.admin()).get(q + "&pageSize=1").then().statusCode(200).body("count", equalTo(2))
                .body("results.url", contains(b)).body("next", org.hamcrest.Matchers.containsString("page=2"));
        as(Fixtures.admin()).get(q + "&status=klaar").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid_choice"));
        as(Fixtures.admin()).get(q + "&aanmaakdatum=gisteren").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'aanmaakdatum' }.code", hasItem("invalid"));
    }

    @Test
    void zaakenBijwerkenIsTheScopeAndChangesAreAudited() throws Exception {
        String zaak = Fixtures.zaak(zt.url());
        String geforceerd = TestAutorisaties.client("nt-" + UUID.randomUUID())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN,
                        Scopes.Zrc.GEFORCEERD_BIJWERKEN).bearer();
        as(geforceerd).body(notitie(zaak, "x")).post(ROOT + "/zaaknotities").then().statusCode(403);
        String url = post("zaaknotities", notitie(zaak, "Audit"));
        as(geforceerd).get(path(url)).then().statusCode(200);
        assertEquals(1, DelenFixtures.audit(dataSource, zaak).stream()
                .filter(a -> a.get("resource").asText().equals("zaaknotitie")).count());
        assertEquals(0, DelenFixtures.outbox(dataSource, zaak).stream()
                .filter(n -> n.get("resource").asText().equals("zaaknotitie")).count());
    }
}
