package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.StallingSubscriber;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.callbackUrl;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abonnement CRUD, its validations and the test POST to the callback on create and update. */
@QuarkusTest
class AbonnementTest {

    private static Map<String, Object> body(String subscriber, List<Map<String, Object>> kanalen) {
        return Map.of("callbackUrl", callbackUrl(subscriber), "auth", TestSubscriber.get(subscriber).auth,
                "kanalen", kanalen);
    }

    @Test
    void createPostsATestMessageWithAuthAndReturnsTheAbonnementWithoutAuth() {
        String k = kanaal("bronorganisatie", "zaaktype");
        String s = TestSubscriber.create();
        var r = as(consumer()).body(body(s, List.of(Map.of("naam", k, "filters", Map.of("bronorganisatie", "123")))))
                .post(ROOT + "/abonnement").then().statusCode(201)
                .body("callbackUrl", equalTo(callbackUrl(s)))
                .body("kanalen[0].naam", equalTo(k))
                .body("kanalen[0].filters.bronorganisatie", equalTo("123"))
                .body("$", not(hasKey("auth")))
                .extract();
        assertEquals(r.path("url"), r.header("Location"));
        assertEquals(1, TestSubscriber.get(s).testMessages.size());
        assertEquals(0, TestSubscriber.get(s).refusedAuth.size());

        as(consumer()).get(r.<String>path("url")).then().statusCode(200).body("$", not(hasKey("auth")))
                .body("kanalen[0].filters.bronorganisatie", equalTo("123"));
        as(publisher()).get(ROOT + "/abonnement").then().statusCode(200).body("url", hasItem(r.<String>path("url")))
                .body("[0]", not(hasKey("auth")));
    }

    @Test
    void putReplacesAllKanalenAndFilters() {
        String k1 = kanaal("a");
        String k2 = kanaal();
        Nrc.Sub sub = Nrc.subscribe(List.of(Map.of("naam", k1, "filters", Map.of("a", "1"))));
        as(consumer()).body(body(sub.name(), List.of(Map.of("naam", k2))))
                .put(sub.url()).then().statusCode(200)
                .body("kanalen.size()", equalTo(1))
                .body("kanalen[0].naam", equalTo(k2))
                .body("kanalen[0].filters", equalTo(Map.of()));
        assertEquals(2, sub.state().testMessages.size());
    }

    @Test
    void patchKeepsAbsentFieldsAndRetestsTheCallbackWithTheStoredAuth() {
        String k1 = kanaal();
        String k2 = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k1);
        as(consumer()).body(Map.of("kanalen", List.of(Map.of("naam", k1), Map.of("naam", k2))))
                .patch(sub.url()).then().statusCode(200)
                .body("callbackUrl", equalTo(callbackUrl(sub.name())))
                .body("kanalen.naam", equalTo(List.of(k1, k2)));
        assertEquals(2, sub.state().testMessages.size());
        assertEquals(0, sub.state().refusedAuth.size());
    }

    @Test
    void deleteRemovesIt() {
        Nrc.Sub sub = Nrc.subscribe(kanaal());
        as(consumer()).delete(sub.url()).then().statusCode(204);
        as(consumer()).get(sub.url()).then().statusCode(404).body("code", equalTo("not_found"));
        as(consumer()).delete(sub.url()).then().statusCode(404);
    }

    @Test
    void unknownAbonnementIs404OnEveryOperation() {
        String url = ROOT + "/abonnement/" + UUID.randomUUID();
        String s = TestSubscriber.create();
        as(consumer()).get(url).then().statusCode(404);
        as(consumer()).body(body(s, List.of())).put(url).then().statusCode(404);
        as(consumer()).body(Map.of()).patch(url).then().statusCode(404);
        as(consumer()).delete(url).then().statusCode(404);
    }

    @Test
    void unknownKanaalIsKanaalNaam() {
        String s = TestSubscriber.create();
        as(consumer()).body(body(s, List.of(Map.of("naam", "bestaat-niet-" + UUID.randomUUID()))))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kanalen.0.naam"))
                .body("invalidParams[0].code", equalTo("kanaal_naam"));
        assertEquals(0, TestSubscriber.get(s).testMessages.size());
    }

    @Test
    void filtersInconsistentWithTheKanaalAreRefused() {
        String k = kanaal("bronorganisatie", "zaaktype");
        String s = TestSubscriber.create();
        // neither subset nor superset of the kanaal's filters
        as(consumer()).body(body(s, List.of(Map.of("naam", k, "filters",
                        Map.of("bronorganisatie", "1", "onbekend", "x")))))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kanalen.0.filters"))
                .body("invalidParams[0].code", equalTo("inconsistent-abonnement-filters"));
        // snake_case vs camelCase names are the same kenmerk
        String k2 = kanaal("verantwoordelijke_organisatie", "besluittype");
        as(consumer()).body(body(s, List.of(Map.of("naam", k2, "filters",
                        Map.of("verantwoordelijkeOrganisatie", "123456782")))))
                .post(ROOT + "/abonnement").then().statusCode(201);
    }

    @Test
    void callbackThatDoesNotAnswer2xxIsInvalidCallbackUrl() {
        String k = kanaal();
        String s = TestSubscriber.create();
        TestSubscriber.get(s).mode = TestSubscriber.Mode.DOWN;
        as(consumer()).body(body(s, List.of(Map.of("naam", k)))).post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
    }

    @Test
    void wrongAuthIsInvalidCallbackUrl() {
        String k = kanaal();
        String s = TestSubscriber.create();
        as(consumer()).body(Map.of("callbackUrl", callbackUrl(s), "auth", "Bearer wrong", "kanalen",
                        List.of(Map.of("naam", k))))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
    }

    @Test
    void redirectsAreNotFollowed() {
        String k = kanaal();
        String s = TestSubscriber.create();
        TestSubscriber.get(s).mode = TestSubscriber.Mode.REDIRECT;
        as(consumer()).body(body(s, List.of(Map.of("naam", k)))).post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
    }

    @Test
    void unreachableCallbackIsInvalidCallbackUrl() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        as(consumer()).body(Map.of("callbackUrl", "http://localhost:" + port + "/hook", "auth", "Bearer x",
                        "kanalen", List.of(Map.of("naam", kanaal()))))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
    }

    /** The test POST is bounded as a whole: headers at once and then a stalled body is refused at the timeout. */
    @Test
    void callbackThatStallsItsResponseBodyIsInvalidCallbackUrlWithinTheRequestTimeout() throws Exception {
        String k = kanaal();
        try (StallingSubscriber stalling = new StallingSubscriber()) {
            long t0 = System.nanoTime();
            as(consumer()).body(Map.of("callbackUrl", stalling.url(), "auth", "Bearer x",
                            "kanalen", List.of(Map.of("naam", k))))
                    .post(ROOT + "/abonnement").then().statusCode(400)
                    .body("invalidParams[0].code", equalTo("invalid-callback-url"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(1, stalling.requests());
            assertTrue(ms >= 2000 && ms < 3500, "refused at the 2s request timeout, took " + ms + " ms");
        }
    }

    @Test
    void onlyHttpAndHttpsCallbackUrls() {
        for (String url : List.of("ftp://example.nl/hook", "file:///etc/passwd", "geen-url", "/relatief")) {
            as(consumer()).body(Map.of("callbackUrl", url, "auth", "Bearer x", "kanalen", List.of()))
                    .post(ROOT + "/abonnement").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("callbackUrl"))
                    .body("invalidParams[0].code", equalTo("invalid"));
        }
    }

    @Test
    void requiredFields() {
        as(consumer()).body(Map.of("kanalen", List.of())).post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams.name", hasItem("callbackUrl"))
                .body("invalidParams.name", hasItem("auth"));
    }

    @Test
    void failedUpdateChangesNothing() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        as(consumer()).body(body(sub.name(), List.of())).put(sub.url()).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
        as(consumer()).get(sub.url()).then().statusCode(200).body("kanalen[0].naam", equalTo(k));
    }
}
