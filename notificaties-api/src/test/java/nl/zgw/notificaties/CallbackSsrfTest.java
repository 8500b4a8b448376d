package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server-side request forgery (issue 10 item 5): a callback URL that is or resolves to an internal address is refused
 * when the abonnement is written (400 {@code invalid} on {@code callbackUrl}, before any test POST) and again at each
 * delivery, where the attempt fails and is recorded without being sent. The test profile allows only the name
 * {@code localhost} ({@code zgw.outbound.allowed-private-hosts}), where the test subscribers listen; 127.0.0.1 itself
 * and every other internal address stay refused.
 */
@QuarkusTest
class CallbackSsrfTest {

    private static ValidatableResponse create(String callbackUrl, String kanaal) {
        return as(consumer()).body(Map.of("callbackUrl", callbackUrl, "auth", "Bearer x",
                "kanalen", List.of(Map.of("naam", kanaal)))).post(ROOT + "/abonnement").then();
    }

    private static void refusedOnCallbackUrl(ValidatableResponse response) {
        response.statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid"))
                .body("invalidParams.findAll { it.name == 'callbackUrl' }.code", hasItem("invalid"));
    }

    @Test
    void anInternalCallbackUrlIsRefusedOnCreateBeforeAnyTestPost() {
        String k = kanaal();
        String live = TestSubscriber.create(); // served on every interface: a POST would arrive
        int port = RestAssured.port;
        for (String url : List.of("http://127.0.0.1:" + port + "/test-subscriber/" + live,
                "http://[::1]:" + port + "/test-subscriber/" + live,
                "http://[::ffff:127.0.0.1]:" + port + "/test-subscriber/" + live,
                "http://2130706433:" + port + "/test-subscriber/" + live,
                "http://0.0.0.0:" + port + "/test-subscriber/" + live,
                "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/hook", "http://172.16.5.4/hook",
                "http://192.168.0.10/hook", "http://100.64.1.1/hook", "http://[fd00::1]/hook")) {
            refusedOnCallbackUrl(create(url, k));
        }
        assertEquals(0, TestSubscriber.get(live).testMessages.size(), "no test POST reached the subscriber");
    }

    @Test
    void theRefusalNamesTheAddressInDutch() {
        create("http://127.0.0.1:1/hook", kanaal()).statusCode(400)
                .body("invalidParams.findAll { it.name == 'callbackUrl' }.reason", hasItem(
                        "De host 127.0.0.1 verwijst naar een intern adres (127.0.0.1); dat is niet toegestaan."));
    }

    @Test
    void anInternalCallbackUrlIsRefusedOnPutAndPatch() {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        refusedOnCallbackUrl(as(consumer()).body(Map.of("callbackUrl", "http://169.254.169.254/latest/meta-data",
                "auth", sub.state().auth, "kanalen", List.of(Map.of("naam", k)))).put(sub.url()).then());
        refusedOnCallbackUrl(as(consumer()).body(Map.of("callbackUrl", "http://[::1]:1/hook"))
                .patch(sub.url()).then());
        as(consumer()).get(sub.url()).then().statusCode(200)
                .body("callbackUrl", org.hamcrest.Matchers.equalTo(Nrc.callbackUrl(sub.name())));
    }

    /**
     * The abonnement was accepted, then its host came to point inside (DNS changed; here the stored URL is changed):
     * the delivery is an attempt that failed and is recorded, and nothing is sent, while a healthy abonnement on the
     * same kanaal gets the notification.
     */
    @Test
    void aDeliveryToANowInternalAddressFailsAsAnAttemptAndIsNotSent() {
        String k = kanaal();
        Nrc.Sub healthy = Nrc.subscribe(k);
        Nrc.Sub moved = Nrc.subscribe(k);
        DeliveryTest.setCallback(moved, "http://127.0.0.1:" + RestAssured.port + "/test-subscriber/" + moved.name());
        String m = message(k, resourceUrl(), Map.of());
        publish(m).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> healthy.state().received.size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> DeliveryTest.attemptsLogged(moved) >= 1);
        Map<String, Object> attempt = DeliveryTest.firstAttempt(moved);
        assertNull(attempt.get("status_code"));
        assertEquals("not sent: De host 127.0.0.1 verwijst naar een intern adres (127.0.0.1); dat is niet toegestaan.",
                attempt.get("error"));
        assertEquals(List.of(m), healthy.state().received);
        assertTrue(moved.state().received.isEmpty(), "nothing was sent to the internal address");
    }
}
