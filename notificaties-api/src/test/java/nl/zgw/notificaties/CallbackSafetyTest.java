package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.domain.CallbackUrl;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.admin;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.callbackUrl;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callback URLs are external (issue 5): https only unless allowed, no user info in the URL, an {@code auth} that is a
 * valid header value, and the {@code auth} value never in a response or a log line.
 */
@QuarkusTest
class CallbackSafetyTest {

    private static final String OPS = "/notificaties/ops/v1";

    private static InvalidParam refused(String url, boolean allowHttp) {
        ZgwException e = assertThrows(ZgwException.class, () -> CallbackUrl.parse(url, allowHttp));
        assertEquals(400, e.status());
        assertEquals(1, e.invalidParams().size());
        return e.invalidParams().get(0);
    }

    @Test
    void callbackUrlIsHttpsOnlyByDefault() {
        InvalidParam p = refused("http://subscriber.example.nl/hook", false);
        assertEquals("callbackUrl", p.name());
        assertEquals("invalid", p.code());
        assertEquals("Alleen https-URL's zijn toegestaan.", p.reason());
        assertEquals("https", CallbackUrl.parse("https://subscriber.example.nl/hook", false).getScheme());
        assertEquals("http", CallbackUrl.parse("http://subscriber.example.nl/hook", true).getScheme());
        assertEquals("invalid", refused("ftp://subscriber.example.nl/hook", true).code());
    }

    /** Credentials belong in {@code auth}, where they are write-only; in the URL they would be shown to every reader. */
    @Test
    void userInfoInTheCallbackUrlIsRefused() {
        for (String url : List.of("https://user:secret@subscriber.example.nl/hook", "https://user@subscriber.example.nl/")) {
            InvalidParam p = refused(url, false);
            assertEquals("callbackUrl", p.name());
            assertEquals("invalid", p.code());
        }
        as(consumer()).body(Map.of("callbackUrl", "http://user:secret@localhost:1/hook", "auth", "Bearer x",
                        "kanalen", List.of()))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("callbackUrl"))
                .body("invalidParams[0].code", equalTo("invalid"));
    }

    /** A CR/LF in {@code auth} would inject a header: refused on {@code auth}, before any test POST is made. */
    @Test
    void authThatIsNoValidHeaderValueIsRefusedOnAuth() {
        String k = kanaal();
        String s = TestSubscriber.create();
        for (String auth : List.of("Bearer x\r\nX-Injected: 1", "Bearer x\nX-Injected: 1", "Bearer \u0000x",
                "Bearer \u20ac")) {
            as(consumer()).body(Map.of("callbackUrl", callbackUrl(s), "auth", auth, "kanalen",
                            List.of(Map.of("naam", k))))
                    .post(ROOT + "/abonnement").then().statusCode(400)
                    .body("invalidParams.size()", equalTo(1))
                    .body("invalidParams[0].name", equalTo("auth"))
                    .body("invalidParams[0].code", equalTo("invalid"));
        }
        Nrc.Sub sub = Nrc.subscribe(k);
        Map<String, Object> put = Map.of("callbackUrl", callbackUrl(sub.name()), "auth", "Bearer x\r\nX-Injected: 1",
                "kanalen", List.of(Map.of("naam", k)));
        as(consumer()).body(put).put(sub.url()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("auth")).body("invalidParams[0].code", equalTo("invalid"));
        as(consumer()).body(Map.of("auth", "Bearer x\r\nX-Injected: 1")).patch(sub.url()).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("auth")).body("invalidParams[0].code", equalTo("invalid"));
        assertEquals(0, TestSubscriber.get(s).testMessages.size());
        assertEquals(1, sub.state().testMessages.size(), "only the create's test POST");
        // tab, printable ASCII and Latin-1 are valid header values
        as(consumer()).body(Map.of("auth", "Token\tabc\u00e9")).patch(sub.url()).then()
                .statusCode(400).body("invalidParams[0].code", equalTo("invalid-callback-url"));
    }

    /**
     * The auth value appears in no response (abonnement reads, ops output) and in no log line, through a create, a
     * failed test POST and failing deliveries, with the delivery engine's debug logging on.
     */
    @Test
    void authIsNeverInAResponseOrALogLine() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + " " + (r.getThrown() == null ? "" : r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger nrc = Logger.getLogger("nl.zgw");
        Level nrcLevel = nrc.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        nrc.setLevel(Level.FINE);
        try {
            String k = kanaal();
            Nrc.Sub sub = Nrc.subscribe(k);
            String auth = sub.state().auth;
            // a refused test POST with another secret
            String down = TestSubscriber.create();
            TestSubscriber.get(down).mode = TestSubscriber.Mode.DOWN;
            as(consumer()).body(Map.of("callbackUrl", callbackUrl(down), "auth", TestSubscriber.get(down).auth,
                    "kanalen", List.of(Map.of("naam", k)))).post(ROOT + "/abonnement").then().statusCode(400);
            // failing deliveries until the job fails, then one delivered after re-delivery
            sub.state().mode = TestSubscriber.Mode.DOWN;
            publish(message(k, resourceUrl(), Map.of())).statusCode(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> as(admin())
                    .get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().extract().jsonPath()
                    .getInt("count") == 1);
            long jobId = as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().extract()
                    .jsonPath().getLong("results[0].id");

            List<String> responses = List.of(
                    as(consumer()).get(sub.url()).then().statusCode(200).extract().asString(),
                    as(publisher()).get(ROOT + "/abonnement").then().statusCode(200).extract().asString(),
                    as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/failed").then().statusCode(200)
                            .extract().asString(),
                    as(admin()).get(OPS + "/abonnementen/" + sub.uuid() + "/deliveries/" + jobId + "/attempts")
                            .then().statusCode(200).extract().asString(),
                    as(admin()).get(OPS + "/deliveries/stats").then().statusCode(200).extract().asString());
            sub.state().mode = TestSubscriber.Mode.UP;
            as(admin()).post(OPS + "/abonnementen/" + sub.uuid() + "/redeliver").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);

            String secret = auth.substring("Bearer ".length());
            String otherSecret = TestSubscriber.get(down).auth.substring("Bearer ".length());
            for (String body : responses) {
                assertFalse(body.contains(secret), body);
                assertFalse(body.contains("\"auth\""), body);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("not delivered")),
                    "the failing deliveries were logged: " + lines.size() + " lines");
            assertTrue(lines.stream().anyMatch(l -> l.contains("Callback test POST")), "the refused test POST too");
            for (String line : lines) {
                assertFalse(line.contains(secret) || line.contains(otherSecret), line);
            }
        } finally {
            root.removeHandler(capture);
            nrc.setLevel(nrcLevel);
        }
    }
}
