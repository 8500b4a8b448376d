package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** zrc-002: generated identificaties are unique within the bronorganisatie, also under concurrent creates. */
@QuarkusTest
class ZaakIdentificatieTest {

    private static final int PARALLEL = 12;

    private static List<Response> parallel(Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void zrc002ConcurrentCreatesGetDistinctConsecutiveIdentificaties() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", bron);
        String admin = Fixtures.admin();
        List<Response> responses = parallel(() -> Fixtures.as(admin).body(body).post(ROOT + "/zaken"));
        HashSet<String> identificaties = new HashSet<>();
        for (Response r : responses) {
            assertEquals(201, r.statusCode(), r.asString());
            identificaties.add(r.path("identificatie"));
        }
        assertEquals(PARALLEL, identificaties.size(), identificaties.toString());
        int jaar = java.time.LocalDate.now().getYear();
        for (int i = 1; i <= PARALLEL; i++) {
            assertTrue(identificaties.contains(String.format("ZAAK-%d-%010d", jaar, i)), identificaties.toString());
        }
    }

    @Test
    void zrc002ConcurrentCreatesWithOneChosenIdentificatieLetOnlyOneThrough() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", Fixtures.rsin());
        body.put("identificatie", Fixtures.unique("EIGEN"));
        String admin = Fixtures.admin();
        List<Response> responses = parallel(() -> Fixtures.as(admin).body(body).post(ROOT + "/zaken"));
        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(1, created, responses.stream().map(Response::statusCode).toList().toString());
        for (Response r : responses) {
            if (r.statusCode() != 201) {
                assertEquals(400, r.statusCode(), r.asString());
                List<String> codes = r.path("invalidParams.findAll { it.name == 'identificatie' }.code");
                assertTrue(codes.contains("identificatie-niet-uniek"), r.asString());
            }
        }
    }

    @Test
    void theSameIdentificatieMayExistInAnotherBronorganisatie() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String identificatie = Fixtures.unique("GEDEELD");
        for (String bron : List.of(Fixtures.rsin(), Fixtures.rsin())) {
            Map<String, Object> body = zaakBody(zt.url());
            body.put("bronorganisatie", bron);
            body.put("identificatie", identificatie);
            Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(201);
        }
    }
}
