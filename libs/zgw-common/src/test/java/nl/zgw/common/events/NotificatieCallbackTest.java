package nl.zgw.common.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.zgw.common.support.TestCallback;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer kit's callback: only the Authorization given to the Notificaties API is accepted; a notification goes
 * to the handlers of its kanaal and is answered 204; one without its required fields is a 400.
 */
@QuarkusTest
class NotificatieCallbackTest {

    static final String AUTH = "Bearer common-callback-token";

    @Inject
    TestCallback.ThingsHandler handler;

    static Map<String, Object> notificatie(String kanaal, String marker) {
        return Map.of("kanaal", kanaal, "hoofdObject", "http://things/" + marker, "resource", "thing",
                "resourceUrl", "http://things/" + marker, "actie", "destroy", "aanmaakdatum", "2026-12-01T10:00:00Z",
                "kenmerken", Map.of("soort", "proef"));
    }

    private long received(String marker) {
        return handler.ontvangen.stream().filter(n -> n.resourceUrl().endsWith(marker)).count();
    }

    @Test
    void aWrongOrMissingAuthorizationIsRefused() {
        String marker = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(notificatie("things", marker)).post("/test/callback").then()
                .statusCode(403).body("code", equalTo("not_authenticated"));
        given().contentType(ContentType.JSON).header("Authorization", AUTH + "x").body(notificatie("things", marker))
                .post("/test/callback").then().statusCode(403).body("code", equalTo("not_authenticated"));
        assertEquals(0, received(marker));
    }

    @Test
    void theRightAuthorizationIsAcceptedAndTheHandlerOfTheKanaalCalled() {
        String marker = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Authorization", AUTH).body(notificatie("things", marker))
                .post("/test/callback").then().statusCode(204);
        assertEquals(1, received(marker));
        Notificatie n = handler.ontvangen.stream().filter(x -> x.resourceUrl().endsWith(marker)).findFirst()
                .orElseThrow();
        assertEquals("destroy", n.actie());
        assertEquals(Map.of("soort", "proef"), n.kenmerken());
        assertEquals(java.time.OffsetDateTime.parse("2026-12-01T10:00:00Z"), n.aanmaakdatum());
        // another kanaal is accepted too, but no handler of this service sees it
        String other = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Authorization", AUTH).body(notificatie("zaken", other))
                .post("/test/callback").then().statusCode(204);
        assertEquals(0, received(other));
    }

    @Test
    void aNotificationWithoutItsRequiredFieldsIs400() {
        given().contentType(ContentType.JSON).header("Authorization", AUTH).body(Map.of("kanaal", "things"))
                .post("/test/callback").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'resourceUrl' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'actie' }.code", hasItem("required"))
                .body("invalidParams.name", not(hasItem("kanaal")));
    }

    @Test
    void withoutConfiguredAuthTheValueIsDerivedFromTheServiceSecretPerComponent() throws Exception {
        CallbackAuth ac = derived("ac", "ac-secret");
        // the Autorisaties API's value is the one it derived before the kit moved into the library
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("ac-secret".getBytes(), "HmacSHA256"));
        String expected = "Bearer " + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("zgw-ac-notificaties-callback".getBytes()));
        assertEquals(java.util.Optional.of(expected), ac.value());
        assertTrue(ac.matches(expected));
        assertTrue(!ac.matches(expected + " ") && !ac.matches(null));
        assertTrue(!derived("zrc", "ac-secret").value().equals(ac.value()));
        assertTrue(new CallbackAuth(java.util.Optional.empty()).value().isEmpty());
        assertTrue(!new CallbackAuth(java.util.Optional.empty()).matches(AUTH));
    }

    private static CallbackAuth derived(String component, String secret) {
        ZgwAbonnementConfig config = new ZgwAbonnementConfig() {
            @Override
            public java.util.Optional<String> callbackUrl() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<String> auth() {
                return java.util.Optional.empty();
            }

            @Override
            public java.time.Duration retryInterval() {
                return java.time.Duration.ofSeconds(30);
            }
        };
        nl.zgw.common.config.ZgwApiConfig api = new nl.zgw.common.config.ZgwApiConfig() {
            @Override
            public String component() {
                return component;
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String root() {
                return "/x";
            }

            @Override
            public boolean trustForwardedHeaders() {
                return true;
            }
        };
        return new CallbackAuth(config, nl.zgw.common.testfixtures.RemoteAutorisaties.auth("svc", secret), api);
    }
}
