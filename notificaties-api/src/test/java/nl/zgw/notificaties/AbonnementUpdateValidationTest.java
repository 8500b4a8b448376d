package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.persistence.AbonnementRepository;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.callbackUrl;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Standard 8.3: PUT and PATCH are validated as a create is (kanaal_naam, inconsistent-abonnement-filters, an invalid
 * callbackUrl, invalid-callback-url after the test POST), and an update that is refused changes nothing: not the
 * kanalen and filters, not the callbackUrl, not the stored auth.
 */
@QuarkusTest
class AbonnementUpdateValidationTest {

    /** What an update must leave alone: the abonnement as read, and its stored auth. */
    private record Snapshot(String body, String auth, int testMessages) {
    }

    private static Snapshot snapshot(Nrc.Sub sub) {
        String body = as(consumer()).get(sub.url()).then().statusCode(200).extract().asString();
        String auth = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.quarkus.arc.Arc.container().instance(AbonnementRepository.class).get()
                        .byUuid(UUID.fromString(sub.uuid())).orElseThrow().auth);
        return new Snapshot(body, auth, sub.state().testMessages.size());
    }

    /** An abonnement on a kanaal with filters {@code bronorganisatie} and {@code zaaktype}. */
    private static Nrc.Sub abonnement() {
        String k = kanaal("bronorganisatie", "zaaktype");
        return Nrc.subscribe(List.of(Map.of("naam", k, "filters", Map.of("bronorganisatie", "111"))));
    }

    private static Map<String, Object> putBody(String callbackUrl, List<Map<String, Object>> kanalen) {
        return Map.of("callbackUrl", callbackUrl, "auth", "Bearer changed", "kanalen", kanalen);
    }

    /** PUT and PATCH with the same invalid part both fail with {@code code} on {@code name} and change nothing. */
    private static void bothRefused(Function<Nrc.Sub, Map<String, Object>> put,
                                    Function<Nrc.Sub, Map<String, Object>> patch, String name, String code,
                                    boolean testPostMade) {
        Nrc.Sub sub = abonnement();
        Snapshot before = snapshot(sub);
        as(consumer()).body(put.apply(sub)).put(sub.url()).then().statusCode(400)
                .body("invalidParams.size()", equalTo(1))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].code", equalTo(code));
        as(consumer()).body(patch.apply(sub)).patch(sub.url()).then().statusCode(400)
                .body("invalidParams.size()", equalTo(1))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].code", equalTo(code));
        Snapshot after = snapshot(sub);
        assertEquals(before.body(), after.body());
        assertEquals(before.auth(), after.auth());
        if (!testPostMade) {
            assertEquals(before.testMessages(), after.testMessages(), "refused before the test POST");
        }
    }

    @Test
    void kanaalNaamOnPutAndPatch() {
        List<Map<String, Object>> unknown = List.of(Map.of("naam", "bestaat-niet-" + UUID.randomUUID()));
        bothRefused(sub -> putBody(callbackUrl(sub.name()), unknown),
                sub -> Map.of("kanalen", unknown),
                "kanalen.0.naam", "kanaal_naam", false);
    }

    @Test
    void inconsistentAbonnementFiltersOnPutAndPatch() {
        String k = kanaal("bronorganisatie", "zaaktype");
        List<Map<String, Object>> inconsistent = List.of(Map.of("naam", k,
                "filters", Map.of("bronorganisatie", "1", "onbekend", "x")));
        bothRefused(sub -> putBody(callbackUrl(sub.name()), inconsistent),
                sub -> Map.of("kanalen", inconsistent),
                "kanalen.0.filters", "inconsistent-abonnement-filters", false);
    }

    @Test
    void invalidCallbackUrlFormOnPutAndPatch() {
        for (String url : List.of("ftp://example.nl/hook", "geen-url")) {
            bothRefused(sub -> putBody(url, List.of()),
                    sub -> Map.of("callbackUrl", url),
                    "callbackUrl", "invalid", false);
        }
    }

    /** A new callbackUrl that does not answer the test POST with a 2xx. */
    @Test
    void invalidCallbackUrlCodeOnPutAndPatchWithANewCallback() {
        String down = TestSubscriber.create();
        TestSubscriber.get(down).mode = TestSubscriber.Mode.DOWN;
        bothRefused(sub -> putBody(callbackUrl(down), List.of()),
                sub -> Map.of("callbackUrl", callbackUrl(down)),
                "nonFieldErrors", "invalid-callback-url", true);
        assertEquals(0, TestSubscriber.get(down).testMessages.size());
    }

    /** PATCH of the kanalen alone re-tests the stored callback; a callback that is down now refuses it. */
    @Test
    void invalidCallbackUrlCodeOnPatchOfKanalenWhenTheStoredCallbackIsDown() {
        Nrc.Sub sub = abonnement();
        Snapshot before = snapshot(sub);
        sub.state().mode = TestSubscriber.Mode.DOWN;
        as(consumer()).body(Map.of("kanalen", List.of(Map.of("naam", kanaal())))).patch(sub.url()).then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("nonFieldErrors"))
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
        sub.state().mode = TestSubscriber.Mode.UP;
        assertEquals(before.body(), snapshot(sub).body());
    }

    /** A new auth the callback refuses is invalid-callback-url, and the old auth stays stored. */
    @Test
    void invalidCallbackUrlCodeOnPatchWithAnAuthTheCallbackRefuses() {
        Nrc.Sub sub = abonnement();
        Snapshot before = snapshot(sub);
        as(consumer()).body(Map.of("auth", "Bearer wrong")).patch(sub.url()).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid-callback-url"));
        Snapshot after = snapshot(sub);
        assertEquals(before.body(), after.body());
        assertEquals(sub.state().auth, after.auth());
    }
}
