package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * The 1.3 history model: versions share identificatie/omschrijving, publishing ends the predecessor the day
 * before, published zaaktype versions never overlap (ztc-016), and name relations resolve to the published
 * version valid on the date that matters.
 */
@QuarkusTest
class HistoryModelTest {

    @InjectWireMock
    WireMockServer wm;

    private String version(String catalogus, String id, String begin) {
        Map<String, Object> body = zaaktypeBody(catalogus, id);
        body.put("beginGeldigheid", begin);
        body.put("versiedatum", begin);
        return completeZaaktype(body, selectielijst(wm, "nihil"));
    }

    @Test
    void ztc016PublishingANewVersionEndsThePreviousOne() {
        String catalogus = catalogus();
        String id = unique("V");
        String v1 = version(catalogus, id, "2023-01-01");
        publish(v1).then().statusCode(200);
        String v2 = version(catalogus, id, "2024-01-01");
        publish(v2).then().statusCode(200).body("beginGeldigheid", equalTo("2024-01-01"));
        as(admin()).get(path(v1)).then().body("eindeGeldigheid", equalTo("2023-12-31"));
        String q = ROOT + "/zaaktypen?identificatie=" + id + "&datumGeldigheid=";
        as(admin()).get(q + "2023-12-31").then().body("count", equalTo(1)).body("results[0].url", equalTo(v1));
        as(admin()).get(q + "2024-01-01").then().body("count", equalTo(1)).body("results[0].url", equalTo(v2));
        as(admin()).get(ROOT + "/zaaktypen?identificatie=" + id).then().body("count", equalTo(2));
    }

    @Test
    void ztc016OverlappingPublishedVersionsAreRefused() {
        String catalogus = catalogus();
        String id = unique("OV");
        String v1 = version(catalogus, id, "2023-01-01");
        publish(v1).then().statusCode(200);
        String v2 = version(catalogus, id, "2025-01-01");
        publish(v2).then().statusCode(200);
        // a version starting before v2 without an end overlaps v2
        String v3 = version(catalogus, id, "2024-01-01");
        publish(v3).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "beginGeldigheid"), hasEntry("code", "overlap"))));
        as(admin()).get(path(v3)).then().body("concept", equalTo(true));
        // patching eindeGeldigheid of a published version into another one is refused too
        as(admin()).body(Map.of("eindeGeldigheid", "2025-06-01")).patch(path(v1)).then().statusCode(400)
                .body("invalidParams.code", hasItem("overlap"));
    }

    /**
     * One concept per identificatie (a partial unique index) means two publishes never race on distinct versions;
     * the race left is a publish against a PATCH of the predecessor's eindeGeldigheid. Whatever the order, the
     * published versions never overlap: either the PATCH is refused ({@code overlap}) or the publish ends it again.
     */
    @Test
    void ztc016ConcurrentPublishAndEindeGeldigheidPatchNeverLeaveAnOverlap() throws Exception {
        String catalogus = catalogus();
        String id = unique("CC");
        String v1 = version(catalogus, id, "2023-01-01");
        publish(v1).then().statusCode(200);
        String v2 = version(catalogus, id, "2024-01-01");
        List<Response> answers = concurrently(() -> publish(v2),
                () -> as(admin()).body(Map.of("eindeGeldigheid", "2030-12-31")).patch(path(v1)));
        answers.get(0).then().statusCode(200).body("concept", equalTo(false));
        if (answers.get(1).statusCode() == 400) {
            answers.get(1).then().body("invalidParams.code", hasItem("overlap"));
        } else {
            answers.get(1).then().statusCode(200);
        }
        as(admin()).get(path(v1)).then().body("eindeGeldigheid", equalTo("2023-12-31"));
    }

    @Test
    void ztc016ConcurrentCreatesLeaveOneConceptVersion() throws Exception {
        String catalogus = catalogus();
        String id = unique("CC");
        List<Response> answers = concurrently(() -> admin(zaaktypeBody(catalogus, id)).post(ROOT + "/zaaktypen"),
                () -> admin(zaaktypeBody(catalogus, id)).post(ROOT + "/zaaktypen"));
        List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(201, 400), codes);
        answers.stream().filter(r -> r.statusCode() == 400).findFirst().orElseThrow().then()
                .body("invalidParams.code", hasItem("unique"));
    }

    @Test
    void conceptsOfOneIdentificatieForPeriodsApartCoexist() {
        // the VNG collection (ztc-009 setup) adds a concept for 2004 beside one for 2005-2012
        String catalogus = catalogus();
        String id = unique("CP");
        Map<String, Object> later = zaaktypeBody(catalogus, id);
        later.put("beginGeldigheid", "2005-01-01");
        later.put("eindeGeldigheid", "2012-01-01");
        admin(later).post(ROOT + "/zaaktypen").then().statusCode(201);
        Map<String, Object> eerder = zaaktypeBody(catalogus, id);
        eerder.put("beginGeldigheid", "2004-01-10");
        eerder.put("eindeGeldigheid", "2004-01-10");
        admin(eerder).post(ROOT + "/zaaktypen").then().statusCode(201);
        Map<String, Object> overlappend = zaaktypeBody(catalogus, id);
        overlappend.put("beginGeldigheid", "2011-06-01");
        admin(overlappend).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.find { it.code == 'unique' }.name", equalTo("identificatie"));
    }

    /** Runs the calls on their own threads, released together by a latch. */
    @SafeVarargs
    static List<Response> concurrently(Supplier<Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Supplier<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void relationsByNameResolveToTheVersionValidOnTheDate() {
        String catalogus = catalogus();
        String name = unique("BT");
        Map<String, Object> bt1 = besluittypeBody(catalogus, name);
        bt1.put("beginGeldigheid", "2023-01-01");
        String besluittype1 = admin(bt1).post(ROOT + "/besluittypen").then().statusCode(201).extract().path("url");
        publish(besluittype1).then().statusCode(200);
        Map<String, Object> bt2 = besluittypeBody(catalogus, name);
        bt2.put("beginGeldigheid", "2024-07-01");
        String besluittype2 = admin(bt2).post(ROOT + "/besluittypen").then().statusCode(201).extract().path("url");
        publish(besluittype2).then().statusCode(200);
        as(admin()).get(path(besluittype1)).then().body("eindeGeldigheid", equalTo("2024-06-30"));

        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZTBT"));
        body.put("beginGeldigheid", "2023-01-01");
        body.put("besluittypen", List.of(name));
        String zaaktype = admin(body).post(ROOT + "/zaaktypen").then().statusCode(201)
                .body("besluittypen", contains(besluittype2))
                .body("besluittypeOmschrijving", contains(name)).extract().path("url");
        as(admin()).get(path(zaaktype) + "?datumGeldigheid=2024-01-01").then()
                .body("besluittypen", contains(besluittype1));
        as(admin()).get(path(zaaktype) + "?datumGeldigheid=2022-01-01").then()
                .body("besluittypen", empty()).body("besluittypeOmschrijving", contains(name));
        // and the besluittypen list filtered on the zaaktype
        as(admin()).get(ROOT + "/besluittypen?zaaktypen=" + zaaktype).then().statusCode(200)
                .body("count", equalTo(2));
    }
}
