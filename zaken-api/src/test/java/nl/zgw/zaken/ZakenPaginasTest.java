package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.zgw.common.query.PageKeys;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.zaken.persistence.ZaakTellingen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.uuidOf;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /zaken past page 1: a page served by seeking from the key of the page before (or of itself) holds the rows
 * OFFSET would on the same table, also after zaken are created or deleted between the requests; and the count, from
 * the triggers' counts per zaaktype and level without filters or by count(*) with them, stays exact. Each test has
 * its own zaaktype and bronorganisatie, and a client that sees only that zaaktype, so its lists hold only its zaken.
 */
@QuarkusTest
class ZakenPaginasTest {

    @Inject
    PageKeys pageKeys;

    @Inject
    EntityManager em;

    @Inject
    ZaakTellingen tellingen;

    /** One zaak as the test made it; {@code volgorde} is its creation order, which is the order of its id. */
    record Gemaakt(String url, String identificatie, LocalDate startdatum, int volgorde) {
    }

    private static final Comparator<Gemaakt> OP_ID = Comparator.comparingInt(Gemaakt::volgorde);

    private static final Map<String, Comparator<Gemaakt>> ORDERINGS = Map.of(
            "", OP_ID,
            "-identificatie", Comparator.comparing(Gemaakt::identificatie).reversed().thenComparing(OP_ID),
            "startdatum", Comparator.comparing(Gemaakt::startdatum).thenComparing(OP_ID),
            "-startdatum", Comparator.comparing(Gemaakt::startdatum).reversed().thenComparing(OP_ID));

    private static String lezer(Fixtures.Zaaktype zt) {
        return TestAutorisaties.client("paginas-" + uuidOf(zt.url())).zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK, Scopes.Zrc.LEZEN).bearer();
    }

    /** {@code n} zaken of this zaaktype with identificaties in shuffled order and startdata with many ties. */
    private static List<Gemaakt> maak(Fixtures.Zaaktype zt, String bron, int n, long seed) {
        Random random = new Random(seed);
        List<Integer> nummers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nummers.add(i);
        }
        Collections.shuffle(nummers, random);
        List<Gemaakt> gemaakt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gemaakt.add(maakEen(zt, bron, "P-%05d".formatted(nummers.get(i)),
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(4)), i));
        }
        return gemaakt;
    }

    private static Gemaakt maakEen(Fixtures.Zaaktype zt, String bron, String identificatie, LocalDate start,
                                   int volgorde) {
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", bron);
        body.put("identificatie", identificatie);
        body.put("startdatum", start.toString());
        return new Gemaakt(Fixtures.zaak(body), identificatie, start, volgorde);
    }

    /**
     * The creates' deltas folded now, so the scheduled fold (a new version of the rows, which rightly drops the page
     * keys) has nothing to do while a test counts its seeks.
     */
    private void gevouwen() {
        tellingen.samenvoegen();
    }

    private static JsonPath pagina(String bearer, String ordering, int page) {
        var request = as(bearer).queryParam("page", page);
        if (!ordering.isEmpty()) {
            request = request.queryParam("ordering", ordering);
        }
        return request.get(ROOT + "/zaken").then().statusCode(200).extract().jsonPath();
    }

    /** The page {@code page} of 100 of {@code zaken} in this ordering: what OFFSET gives on this table. */
    private static List<String> verwacht(List<Gemaakt> zaken, String ordering, int page) {
        List<String> urls = zaken.stream().sorted(ORDERINGS.get(ordering)).map(Gemaakt::url).toList();
        return urls.subList((page - 1) * 100, Math.min(urls.size(), page * 100));
    }

    @Test
    void everyPageAfterTheFirstIsSoughtAndHoldsTheRowsOfOffset() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        List<Gemaakt> zaken = maak(zt, Fixtures.rsin(), 230, 11);
        gevouwen();
        String lezer = lezer(zt);
        for (String ordering : ORDERINGS.keySet()) {
            for (int page = 1; page <= 3; page++) {
                long seeks = pageKeys.seeks();
                JsonPath json = pagina(lezer, ordering, page);
                assertEquals(page == 1 ? seeks : seeks + 1, pageKeys.seeks(), ordering + " page " + page);
                assertEquals(verwacht(zaken, ordering, page), json.getList("results.url"), ordering + " " + page);
                assertEquals(230, json.getInt("count"));
            }
            // the deep page again, sought from its own first row
            assertEquals(verwacht(zaken, ordering, 3), pagina(lezer, ordering, 3).getList("results.url"));
        }
        as(lezer).queryParam("page", 4).get(ROOT + "/zaken").then().statusCode(404);
    }

    @Test
    void aDeepPageAskedFirstIsTakenByIdsAndThenSoughtAndAFilteredListHasItsOwnKeys() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        List<Gemaakt> zaken = maak(zt, bron, 210, 12);
        gevouwen();
        String lezer = lezer(zt);
        long seeks = pageKeys.seeks();
        JsonPath derde = pagina(lezer, "-identificatie", 3);
        assertEquals(seeks, pageKeys.seeks());
        assertEquals(verwacht(zaken, "-identificatie", 3), derde.getList("results.url"));
        assertNull(derde.get("next"));
        assertTrue(derde.getString("previous").endsWith("page=2"), derde.getString("previous"));
        assertEquals(verwacht(zaken, "-identificatie", 3), pagina(lezer, "-identificatie", 3).getList("results.url"));
        assertEquals(seeks + 1, pageKeys.seeks());
        JsonPath tweede = as(lezer).queryParam("bronorganisatie", bron).queryParam("ordering", "-identificatie")
                .queryParam("page", 2).get(ROOT + "/zaken").then().statusCode(200).extract().jsonPath();
        assertEquals(seeks + 1, pageKeys.seeks());
        assertEquals(verwacht(zaken, "-identificatie", 2), tweede.getList("results.url"));
        assertEquals(210, tweede.getInt("count"));
    }

    @Test
    void pagesStayRightWhenZakenAreCreatedOrDeletedBetweenTheRequests() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        List<Gemaakt> zaken = new ArrayList<>(maak(zt, bron, 220, 13));
        String lezer = lezer(zt);
        for (String ordering : List.of("-identificatie", "startdatum")) {
            assertEquals(verwacht(zaken, ordering, 1), pagina(lezer, ordering, 1).getList("results.url"));
            assertEquals(verwacht(zaken, ordering, 2), pagina(lezer, ordering, 2).getList("results.url"));
        }
        // first in -identificatie and among the first in startdatum: every later row moves one place on
        zaken.add(maakEen(zt, bron, "P-99999", LocalDate.of(2023, 12, 31), zaken.size()));
        for (String ordering : List.of("-identificatie", "startdatum")) {
            assertEquals(verwacht(zaken, ordering, 2), pagina(lezer, ordering, 2).getList("results.url"), ordering);
            assertEquals(verwacht(zaken, ordering, 3), pagina(lezer, ordering, 3).getList("results.url"), ordering);
        }
        // a zaak of page 1 goes: every later row moves one place back
        Gemaakt weg = zaken.stream().sorted(ORDERINGS.get("-identificatie")).toList().get(5);
        as(admin()).delete(path(weg.url())).then().statusCode(204);
        zaken.remove(weg);
        for (String ordering : List.of("-identificatie", "startdatum")) {
            JsonPath derde = pagina(lezer, ordering, 3);
            assertEquals(verwacht(zaken, ordering, 3), derde.getList("results.url"), ordering);
            assertEquals(220, derde.getInt("count"));
            assertEquals(verwacht(zaken, ordering, 2), pagina(lezer, ordering, 2).getList("results.url"), ordering);
        }
    }

    @Test
    void theCountIsExactAfterCreatesUpdatesAndDeletesWithAndWithoutFilters() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Fixtures.Zaaktype ander = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String lezer = TestAutorisaties.client("telling-" + uuidOf(zt.url())).zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.INTERN, Scopes.Zrc.LEZEN).bearer();
        List<String> zichtbaar = new ArrayList<>();
        for (String level : List.of("openbaar", "intern", "intern", "beperkt_openbaar")) {
            zichtbaar.add(zaak(zt, bron, level));
        }
        String geheim = zaak(zt, bron, "geheim");
        zaak(ander, bron, "openbaar");
        String andereBron = zaak(zt, Fixtures.rsin(), "openbaar");
        assertCount(lezer, null, 5);
        assertCount(lezer, bron, 4);

        as(admin()).delete(path(zichtbaar.get(0))).then().statusCode(204);
        as(admin()).delete(path(geheim)).then().statusCode(204);
        assertCount(lezer, null, 4);
        assertCount(lezer, bron, 3);

        // a changed level moves the zaak out of (and back into) what the client may see
        as(admin()).body(Map.of("vertrouwelijkheidaanduiding", "vertrouwelijk")).patch(path(zichtbaar.get(1)))
                .then().statusCode(200);
        assertCount(lezer, null, 3);
        assertCount(lezer, bron, 2);
        tellingen.samenvoegen();
        assertCount(lezer, null, 3);
        as(admin()).body(Map.of("vertrouwelijkheidaanduiding", "openbaar")).patch(path(zichtbaar.get(1)))
                .then().statusCode(200);
        assertCount(lezer, null, 4);
        as(admin()).delete(path(andereBron)).then().statusCode(204);
        assertCount(lezer, null, 3);
        assertCount(lezer, bron, 3);

        long alle = em.createQuery("select count(*) from Zaak z", Long.class).getSingleResult();
        as(admin()).get(ROOT + "/zaken").then().statusCode(200).body("count", equalTo((int) alle));
    }

    private static String zaak(Fixtures.Zaaktype zt, String bron, String level) {
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", bron);
        body.put("vertrouwelijkheidaanduiding", level);
        return Fixtures.zaak(body);
    }

    private static void assertCount(String bearer, String bron, int count) {
        var request = as(bearer);
        if (bron != null) {
            request = request.queryParam("bronorganisatie", bron);
        }
        assertEquals(count, request.get(ROOT + "/zaken").then().statusCode(200).extract().jsonPath().getInt("count"),
                bron == null ? "without filters" : "bronorganisatie " + bron);
    }
}
