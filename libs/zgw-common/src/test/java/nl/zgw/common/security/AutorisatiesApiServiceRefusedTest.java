package nl.zgw.common.security;

import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.ac.AutorisatiesApi;

import com.github.tomakehurst.wiremock.client.WireMock;
import nl.zgw.common.problem.ZgwException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Standard §2 (the Autorisaties API decides) with the AC as a WireMock stub: a 403 of the AC to the service's own
 * token is a server-side fault (503 {@code autorisaties-unavailable} plus an error log naming the cause), while a
 * refused consumer token ({@code active: false}) stays the consumer's 403 with the AC's code.
 */
class AutorisatiesApiServiceRefusedTest {

    static final String CONSUMER_TOKEN = "consumer.jwt.token";

    WireMockAc ac;
    final List<LogRecord> logged = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        ac = new WireMockAc();
        Logger.getLogger(AutorisatiesApi.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(AutorisatiesApi.class.getName()).removeHandler(capture);
        ac.close();
    }

    @Test
    void acRefusingTheServiceSecretIs503WithAnErrorNamingTheCause() {
        ac.server.stubFor(post(WireMockAc.INTROSPECTIE).willReturn(problem403("invalid-jwt-signature")));
        ZgwException e = assertThrows(ZgwException.class, () -> ac.api().verify(CONSUMER_TOKEN));
        assertEquals(503, e.status());
        assertEquals("autorisaties-unavailable", e.code());
        String log = errorLogged();
        assertTrue(log.contains("client id zgw-zaken-api"), log);
        assertTrue(log.contains("invalid-jwt-signature"), log);
        assertTrue(log.contains("does not match the credential"), log);
        assertFalse(log.contains(WireMockAc.SERVICE_SECRET), "the secret is never logged");
    }

    @Test
    void acRefusingTheServiceForMissingScopeIs503WithAnErrorNamingTheScope() {
        ac.server.stubFor(post(WireMockAc.INTROSPECTIE).willReturn(problem403("permission_denied")));
        ZgwException e = assertThrows(ZgwException.class, () -> ac.api().verify(CONSUMER_TOKEN));
        assertEquals(503, e.status());
        assertEquals("autorisaties-unavailable", e.code());
        assertTrue(errorLogged().contains("lacks the scope autorisaties.lezen"));
    }

    @Test
    void consumerLookupRefusedForTheServiceIs503Too() {
        ac.server.stubFor(get(urlPathEqualTo(WireMockAc.ROOT + "/applicaties/consumer"))
                .willReturn(problem403("permission_denied")));
        ZgwException e = assertThrows(ZgwException.class, () -> ac.api().consumer("some-client"));
        assertEquals(503, e.status());
        assertEquals("autorisaties-unavailable", e.code());
    }

    @Test
    void aRefusedConsumerTokenIsTheConsumers403WithTheAcCode() {
        ac.server.stubFor(post(WireMockAc.INTROSPECTIE)
                .withHeader("Authorization", WireMock.matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.token", equalTo(CONSUMER_TOKEN)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"active\": false, \"code\": \"jwt-expired\", \"detail\": \"Het JWT is verlopen.\"}")));
        ZgwException e = assertThrows(ZgwException.class, () -> ac.api().verify(CONSUMER_TOKEN));
        assertEquals(403, e.status());
        assertEquals("jwt-expired", e.code());
        assertEquals("Het JWT is verlopen.", e.getMessage());
        assertTrue(logged.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()));
    }

    @Test
    void anAnswerWithoutActiveIsNotTrusted() {
        ac.server.stubFor(post(WireMockAc.INTROSPECTIE).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"clientId\": \"x\"}")));
        ZgwException e = assertThrows(ZgwException.class, () -> ac.api().verify(CONSUMER_TOKEN));
        assertEquals(503, e.status());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem403(String code) {
        return aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"code\": \"" + code + "\", \"title\": \"Geen toestemming.\"}");
    }

    private String errorLogged() {
        return logged.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogRecord::getMessage).findFirst().orElseThrow(() -> new AssertionError("no error logged"));
    }
}
