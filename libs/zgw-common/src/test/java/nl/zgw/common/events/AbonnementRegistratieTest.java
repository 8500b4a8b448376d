package nl.zgw.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import nl.zgw.common.testfixtures.RemoteAutorisaties;
import nl.zgw.common.security.jwt.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer kit's abonnement at the Notificaties API 1.0.1 (WireMock as NRC), here with the Autorisaties API's
 * kanalen zaaktypen, informatieobjecttypen and besluittypen: created when absent, reused when up to date (idempotent),
 * repaired in place (PUT {@code /abonnement/{uuid}}) when its auth, a kanaal or its filters are off, retried while the
 * NRC is down.
 */
class AbonnementRegistratieTest {

    static final String CALLBACK = "http://autorisaties-api:8005/beheer/v1/notificaties";
    static final String AUTH = "Bearer callback-token";
    static final String UUID = "5d1b7f41-0a43-4b2e-9a5e-5bd1d0b7a0b2";
    static final String DESIRED = """
            {"callbackUrl": "%s", "auth": "%s", "kanalen": [
              {"naam": "zaaktypen", "filters": {}}, {"naam": "informatieobjecttypen", "filters": {}},
              {"naam": "besluittypen", "filters": {}}]}""".formatted(CALLBACK, AUTH);

    static final List<AbonnementRegistratie.Kanaal> KANALEN = List.of(
            new AbonnementRegistratie.Kanaal("zaaktypen", Map.of()),
            new AbonnementRegistratie.Kanaal("informatieobjecttypen", Map.of()),
            new AbonnementRegistratie.Kanaal("besluittypen", Map.of()));

    WireMockServer nrc;
    AbonnementRegistratie registratie;

    @BeforeEach
    void start() {
        nrc = new WireMockServer(wireMockConfig().dynamicPort());
        nrc.start();
        registratie = registratie(KANALEN);
        nrc.stubFor(post("/api/v1/abonnement").willReturn(aResponse().withStatus(201)));
        nrc.stubFor(put("/api/v1/abonnement/" + UUID).willReturn(okJson("{}")));
    }

    @AfterEach
    void stop() {
        nrc.stop();
    }

    @Test
    void createsTheAbonnementWhenAbsentWithTheServicesOwnToken() {
        listing("[{\"url\": \"http://nrc/api/v1/abonnement/other\", \"callbackUrl\": \"http://elders/cb\", "
                + "\"kanalen\": []}]");
        assertTrue(registratie.register());
        nrc.verify(1, postRequestedFor(urlEqualTo("/api/v1/abonnement"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson(DESIRED)));
        nrc.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void reusesAnUpToDateAbonnement() {
        listing("[" + existing(AUTH, "{\"naam\": \"besluittypen\", \"filters\": {}}") + "]");
        assertTrue(registratie.register());
        nrc.verify(0, postRequestedFor(anyUrl()));
        nrc.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void repairsAnAbonnementWithAnotherAuth() {
        listing("[" + existing("Bearer old-secret-hmac", "{\"naam\": \"besluittypen\", \"filters\": {}}") + "]");
        assertTrue(registratie.register());
        nrc.verify(1, putRequestedFor(urlEqualTo("/api/v1/abonnement/" + UUID)).withRequestBody(equalToJson(DESIRED)));
        nrc.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void repairsAnAbonnementThatMissesAKanaalAndKeepsOtherKanalen() {
        listing("[" + existing(AUTH, "{\"naam\": \"zaken\", \"filters\": {\"bronorganisatie\": \"1\"}}") + "]");
        assertTrue(registratie.register());
        nrc.verify(1, putRequestedFor(urlEqualTo("/api/v1/abonnement/" + UUID)).withRequestBody(equalToJson("""
                {"callbackUrl": "%s", "auth": "%s", "kanalen": [
                  {"naam": "zaaktypen", "filters": {}}, {"naam": "informatieobjecttypen", "filters": {}},
                  {"naam": "besluittypen", "filters": {}}, {"naam": "zaken", "filters": {"bronorganisatie": "1"}}]}
                """.formatted(CALLBACK, AUTH))));
    }

    @Test
    void rewritesWhenTheNrcKeepsAuthWriteOnly() {
        listing("[" + existing(null, "{\"naam\": \"besluittypen\", \"filters\": {}}") + "]");
        assertTrue(registratie.register());
        nrc.verify(1, putRequestedFor(urlEqualTo("/api/v1/abonnement/" + UUID)).withRequestBody(equalToJson(DESIRED)));
    }

    @Test
    void retriesWhileTheNrcIsDownWithBackoffAndStopsOnceRegistered() {
        long[] now = {0};
        registratie.clock = () -> now[0];
        nrc.stubFor(get("/api/v1/abonnement").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        registratie.attempt(); // fails: next attempt after 1 s
        assertFalse(registratie.done());
        nrc.stubFor(get("/api/v1/abonnement").willReturn(aResponse().withStatus(503)));
        now[0] = 500;
        registratie.attempt(); // too early: no request
        now[0] = 1000;
        registratie.attempt(); // fails again: next attempt after 2 s
        assertFalse(registratie.done());
        listing("[]");
        now[0] = 2999;
        registratie.attempt();
        assertFalse(registratie.done());
        now[0] = 3000;
        registratie.attempt();
        assertTrue(registratie.done());
        now[0] = 100_000;
        registratie.attempt(); // done: never again
        nrc.verify(3, getRequestedFor(urlEqualTo("/api/v1/abonnement")));
        nrc.verify(1, postRequestedFor(urlEqualTo("/api/v1/abonnement")));
    }

    @Test
    void theBackoffStopsGrowingAtTheRetryInterval() {
        long[] now = {0};
        registratie.clock = () -> now[0];
        nrc.stubFor(get("/api/v1/abonnement").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 8; i++) { // 1, 2, 4, 8, 16, 30, 30, 30 s
            registratie.attempt();
            now[0] += Math.min(1000L << i, 30_000L);
        }
        nrc.verify(8, getRequestedFor(urlEqualTo("/api/v1/abonnement")));
        now[0] -= 1;
        registratie.attempt();
        nrc.verify(8, getRequestedFor(urlEqualTo("/api/v1/abonnement")));
    }

    @Test
    void repairsAKanaalWhoseFiltersDifferAndReusesOneWithTheRightFilters() {
        AbonnementRegistratie gefilterd = registratie(List.of(
                new AbonnementRegistratie.Kanaal("zaken", Map.of("bronorganisatie", "123456782"))));
        String wanted = """
                {"callbackUrl": "%s", "auth": "%s", "kanalen": [{"naam": "zaken", "filters": {"bronorganisatie": "123456782"}}]}
                """.formatted(CALLBACK, AUTH);
        listing("[{\"url\": \"http://nrc.example.nl/api/v1/abonnement/" + UUID + "\", \"callbackUrl\": \"" + CALLBACK
                + "\", \"auth\": \"" + AUTH + "\", \"kanalen\": [{\"naam\": \"zaken\", \"filters\": {}}]}]");
        assertTrue(gefilterd.register());
        nrc.verify(1, putRequestedFor(urlEqualTo("/api/v1/abonnement/" + UUID)).withRequestBody(equalToJson(wanted)));
        nrc.resetRequests();
        listing("[{\"url\": \"http://nrc.example.nl/api/v1/abonnement/" + UUID + "\", \"callbackUrl\": \"" + CALLBACK
                + "\", \"auth\": \"" + AUTH + "\", \"kanalen\": [{\"naam\": \"zaken\", \"filters\": "
                + "{\"bronorganisatie\": \"123456782\"}}]}]");
        assertTrue(gefilterd.register());
        nrc.verify(0, putRequestedFor(anyUrl()));
        nrc.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theKanalenAreThoseOfTheHandlersOnceEach() {
        NotificatieHandler a = handler("zaaktypen");
        NotificatieHandler b = handler("besluittypen");
        assertEquals(List.of(new AbonnementRegistratie.Kanaal("zaaktypen", Map.of()),
                new AbonnementRegistratie.Kanaal("besluittypen", Map.of())),
                AbonnementRegistratie.kanalen(List.of(a, b, handler("zaaktypen"))));
        assertFalse(registratie(List.of()).configured());
        assertTrue(registratie.configured());
    }

    private static NotificatieHandler handler(String kanaal) {
        return new NotificatieHandler() {
            @Override
            public String kanaal() {
                return kanaal;
            }

            @Override
            public void handle(Notificatie notificatie) {
            }
        };
    }

    private AbonnementRegistratie registratie(List<AbonnementRegistratie.Kanaal> kanalen) {
        return new AbonnementRegistratie(abonnementConfig(), nrcConfig(nrc.baseUrl() + "/api/v1"),
                new CallbackAuth(Optional.of(AUTH)),
                new ServiceTokens(RemoteAutorisaties.auth("zgw-autorisaties-api", "ac-secret")), new ObjectMapper(),
                kanalen);
    }

    private void listing(String json) {
        nrc.stubFor(get("/api/v1/abonnement").willReturn(okJson(json)));
    }

    private static String existing(String auth, String extraKanaal) {
        return """
                {"url": "http://nrc.example.nl/api/v1/abonnement/%s", "callbackUrl": "%s", %s"kanalen": [
                  {"naam": "zaaktypen", "filters": {}}, {"naam": "informatieobjecttypen", "filters": {}}, %s]}"""
                .formatted(UUID, CALLBACK, auth == null ? "" : "\"auth\": \"" + auth + "\", ", extraKanaal);
    }

    static ZgwAbonnementConfig abonnementConfig() {
        return new ZgwAbonnementConfig() {
            @Override
            public Optional<String> callbackUrl() {
                return Optional.of(CALLBACK);
            }

            @Override
            public Optional<String> auth() {
                return Optional.of(AUTH);
            }

            @Override
            public Duration retryInterval() {
                return Duration.ofSeconds(30);
            }
        };
    }

    static ZgwNotificatiesConfig nrcConfig(String root) {
        return new ZgwNotificatiesConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(root);
            }

            @Override
            public String pollInterval() {
                return "1s";
            }

            @Override
            public int batchSize() {
                return 100;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration lease() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration maxPassDuration() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
