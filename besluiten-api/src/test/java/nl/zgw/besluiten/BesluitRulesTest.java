package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules of the Besluit resource: brc-001, brc-002, brc-006 (immutability of zaak), brc-007's references. */
@QuarkusTest
class BesluitRulesTest {

    @Test
    void brc001AnUnpublishedBesluittypeIsNotPublished() {
        String concept = besluittype(catalogus(), false);
        admin(besluitBody(concept)).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("not-published"));
    }

    @Test
    void brc001ABesluittypeThatDoesNotResolveIsBadUrl() {
        String missing = ZgwServices.url("catalogi") + "/besluittypen/" + UUID.randomUUID();
        admin(besluitBody(missing)).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("bad-url"));
    }

    @Test
    void brc001AUrlOutsideTheAllowedApiRootsIsBadUrl() {
        admin(besluitBody("https://elders.example.nl/catalogi/api/v1/besluittypen/" + UUID.randomUUID()))
                .post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("bad-url"));
    }

    @Test
    void brc001AnotherResourceThanABesluittypeIsInvalidResource() {
        String catalogus = catalogus();
        admin(besluitBody(catalogus)).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("invalid-resource"));
    }

    @Test
    void brc001TheBesluittypeCannotChange() {
        String url = besluit(besluittype());
        admin(Map.of("besluittype", besluittype())).patch(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void brc002AGivenIdentificatieIsUniquePerOrganisatie() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        body.put("identificatie", unique("B"));
        admin(body).post(ROOT + "/besluiten").then().statusCode(201);
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'identificatie' }.code",
                        hasItem("identificatie-niet-uniek"));
        body.put("verantwoordelijkeOrganisatie", rsin());
        admin(body).post(ROOT + "/besluiten").then().statusCode(201);
    }

    @Test
    void brc002IdentificatieAndVerantwoordelijkeOrganisatieCannotChange() {
        String url = besluit(besluittype());
        admin(Map.of("identificatie", unique("ANDERS"), "verantwoordelijkeOrganisatie", rsin())).patch(path(url))
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'identificatie' }.code", hasItem("wijzigen-niet-toegelaten"))
                .body("invalidParams.findAll { it.name == 'verantwoordelijkeOrganisatie' }.code",
                        hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void brc002IdentificatieAndVerantwoordelijkeOrganisatieCannotChangeOnPut() {
        Map<String, Object> body = besluitBody(besluittype());
        var created = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract();
        String url = created.path("url");
        String identificatie = created.path("identificatie");
        Map<String, Object> put = new java.util.HashMap<>(body);
        put.put("identificatie", unique("ANDERS"));
        put.put("verantwoordelijkeOrganisatie", rsin());
        admin(put).put(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'identificatie' }.code", hasItem("wijzigen-niet-toegelaten"))
                .body("invalidParams.findAll { it.name == 'verantwoordelijkeOrganisatie' }.code",
                        hasItem("wijzigen-niet-toegelaten"));
        // the same values, or identificatie left out, change nothing and are accepted
        put.put("identificatie", identificatie);
        put.put("verantwoordelijkeOrganisatie", body.get("verantwoordelijkeOrganisatie"));
        admin(put).put(path(url)).then().statusCode(200).body("identificatie", equalTo(identificatie));
        put.remove("identificatie");
        admin(put).put(path(url)).then().statusCode(200).body("identificatie", equalTo(identificatie));
        admin(Map.of("identificatie", identificatie)).patch(path(url)).then().statusCode(200);
        as(admin()).get(path(url)).then().statusCode(200).body("identificatie", equalTo(identificatie))
                .body("verantwoordelijkeOrganisatie", equalTo(body.get("verantwoordelijkeOrganisatie")));
    }

    @Test
    void brc001AndBrc006BesluittypeAndZaakCannotChangeOnPut() {
        Map<String, Object> body = besluitBody(besluittype());
        String url = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("url");
        Map<String, Object> put = new java.util.HashMap<>(body);
        put.put("besluittype", besluittype());
        put.put("zaak", "https://elders.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID());
        admin(put).put(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("wijzigen-niet-toegelaten"))
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("wijzigen-niet-toegelaten"));
        as(admin()).get(path(url)).then().statusCode(200).body("besluittype", equalTo(body.get("besluittype")))
                .body("zaak", equalTo(""));
    }

    @Test
    void brc002GeneratedIdentificatiesSkipOneAClientAlreadyChose() {
        String besluittype = besluittype();
        Map<String, Object> first = besluitBody(besluittype);
        first.put("datum", "2024-06-01");
        String generated = admin(first).post(ROOT + "/besluiten").then().statusCode(201).extract()
                .path("identificatie");
        long n = Long.parseLong(generated.substring("BESLUIT-2024-".length()));
        Map<String, Object> chosen = new java.util.HashMap<>(first);
        chosen.put("identificatie", String.format("BESLUIT-2024-%010d", n + 1));
        admin(chosen).post(ROOT + "/besluiten").then().statusCode(201);
        admin(first).post(ROOT + "/besluiten").then().statusCode(201)
                .body("identificatie", equalTo(String.format("BESLUIT-2024-%010d", n + 2)));
    }

    @Test
    void brc002GeneratedIdentificatiesAreNeverReusedAfterADelete() {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        var r = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract();
        String first = r.path("identificatie");
        as(admin()).delete(path(r.path("url"))).then().statusCode(204);
        String second = admin(body).post(ROOT + "/besluiten").then().statusCode(201).extract().path("identificatie");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
    }

    @Test
    void brc002ConcurrentCreatesGetDistinctIdentificaties() throws Exception {
        String besluittype = besluittype();
        String organisatie = rsin();
        String token = admin();
        int creates = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                calls.add(() -> {
                    Map<String, Object> body = besluitBody(besluittype);
                    body.put("verantwoordelijkeOrganisatie", organisatie);
                    return as(token).body(body).post(ROOT + "/besluiten").then().statusCode(201).extract()
                            .path("identificatie");
                });
            }
            Set<String> identificaties = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                identificaties.add(f.get());
            }
            assertEquals(creates, identificaties.size(), identificaties.toString());
        } finally {
            pool.shutdownNow();
        }
        as(admin()).queryParam("verantwoordelijkeOrganisatie", organisatie).get(ROOT + "/besluiten").then()
                .statusCode(200).body("count", equalTo(creates));
    }

    @Test
    void brc002ConcurrentCreatesWithTheSameGivenIdentificatieStoreOne() throws Exception {
        String besluittype = besluittype();
        Map<String, Object> body = besluitBody(besluittype);
        body.put("identificatie", unique("TEGELIJK"));
        String token = admin();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> as(token).body(body).post(ROOT + "/besluiten").then().extract().statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
    }

    @Test
    void datumInTheFutureIsFutureNotAllowed() {
        Map<String, Object> body = besluitBody(besluittype());
        body.put("datum", LocalDate.now().plusDays(2).toString());
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datum' }.code", hasItem("future-not-allowed"));
    }

    @Test
    void brc007AZaakOutsideTheAllowedApiRootsIsBadUrl() {
        Map<String, Object> body = besluitBody(besluittype());
        body.put("zaak", "https://elders.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID());
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("bad-url"));
    }

    @Test
    void brc006TheZaakCannotBeSetLater() {
        String url = besluit(besluittype());
        admin(Map.of("zaak", "https://elders.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID())).patch(path(url))
                .then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void everyRuleFailureOfOneRequestIsReportedTogether() {
        String concept = besluittype(catalogus(), false);
        Map<String, Object> body = besluitBody(concept);
        body.put("datum", LocalDate.now().plusDays(3).toString());
        body.put("zaak", "https://elders.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID());
        admin(body).post(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluittype' }.code", hasItem("not-published"))
                .body("invalidParams.findAll { it.name == 'datum' }.code", hasItem("future-not-allowed"))
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("bad-url"));
    }
}
