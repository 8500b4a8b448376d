package nl.zgw.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Kanaal {@code besluiten} through the started Notificaties API (zgw-standard §6.4, §8.3): the Besluiten API registers
 * its kanaal with its kenmerken, and its notifications, which carry the kenmerken in camelCase, reach an abonnement
 * whose filters name them in snake_case as the reference implementation registers them
 * ({@code verantwoordelijke_organisatie}), and only the abonnementen whose filter values match.
 */
class BesluitenNotificatiesTest extends E2eTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final String auth = "Bearer " + UUID.randomUUID();
    /** What each callback path received with the right Authorization, in order of arrival. */
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    @BeforeEach
    void callbacks() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean ok = auth.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (ok) {
                received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                        .add(JSON.readTree(body));
            }
            exchange.sendResponseHeaders(ok ? 204 : 403, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theKanaalBesluitenIsRegisteredWithItsKenmerken() {
        assumeOperations("notificaties", "GET /kanaal");
        assumeOperations("besluiten", "POST /besluiten");
        List<Map<String, Object>> kanalen = await().atMost(DELIVERY).until(() -> at("notificaties")
                .queryParam("naam", "besluiten").get("/kanaal").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("$"), k -> !k.isEmpty());
        assertThat(kanalen, hasSize(1));
        @SuppressWarnings("unchecked")
        List<String> filters = (List<String>) kanalen.get(0).get("filters");
        assertThat(filters.stream().map(BesluitenNotificatiesTest::snake).collect(Collectors.toSet()),
                equalTo(Set.of("verantwoordelijke_organisatie", "besluittype")));
    }

    @Test
    void everyWriteOfABesluitReachesTheAbonnementenWhoseSnakeCaseFiltersMatch() {
        assumeOperations("notificaties", "GET /kanaal");
        assumeOperations("besluiten", "POST /besluiten");
        CatalogiTypes t = CatalogiTypes.published();
        String organisatie = rsin();
        String andere = rsin();
        abonnement("/snake", Map.of("verantwoordelijke_organisatie", organisatie, "besluittype", t.besluittype()));
        abonnement("/camel", Map.of("verantwoordelijkeOrganisatie", organisatie));
        abonnement("/ander", Map.of("verantwoordelijke_organisatie", andere));

        String today = LocalDate.now().toString();
        String besluit = at("besluiten").body(map("verantwoordelijkeOrganisatie", organisatie,
                        "besluittype", t.besluittype(), "datum", today, "ingangsdatum", today))
                .post("/besluiten").then().statusCode(201).extract().path("url");
        atUrl().body(map("toelichting", "gewijzigd")).patch(besluit).then().statusCode(200);
        atUrl().delete(besluit).then().statusCode(204);
        // a sentinel the third abonnement does match, sent after the three above
        String sentinel = at("besluiten").body(map("verantwoordelijkeOrganisatie", andere,
                        "besluittype", t.besluittype(), "datum", today, "ingangsdatum", today))
                .post("/besluiten").then().statusCode(201).extract().path("url");

        for (String path : List.of("/snake", "/camel")) {
            await().atMost(DELIVERY).until(() -> of(path, besluit).size() == 3);
            List<JsonNode> messages = of(path, besluit);
            assertThat(messages.stream().map(m -> m.path("actie").asText()).toList(),
                    contains("create", "partial_update", "destroy"));
            for (JsonNode m : messages) {
                assertThat(m.path("kanaal").asText(), equalTo("besluiten"));
                assertThat(m.path("hoofdObject").asText(), equalTo(besluit));
                assertThat(m.path("resource").asText(), equalTo("besluit"));
                assertThat(JSON.convertValue(m.path("kenmerken"), Map.class),
                        equalTo(Map.of("verantwoordelijkeOrganisatie", organisatie,
                                "besluittype", t.besluittype())));
            }
        }
        await().atMost(DELIVERY).until(() -> of("/ander", sentinel).size() == 1);
        assertThat(of("/ander", besluit), empty());
        assertThat(of("/snake", sentinel), empty());
    }

    private void abonnement(String path, Map<String, String> filters) {
        String callback = "http://localhost:" + server.getAddress().getPort() + path;
        at("notificaties").body(map("callbackUrl", callback, "auth", auth,
                        "kanalen", List.of(map("naam", "besluiten", "filters", filters))))
                .post("/abonnement").then().statusCode(201);
    }

    /** The notifications a callback received about one resource. */
    private List<JsonNode> of(String path, String resourceUrl) {
        return received.getOrDefault(path, List.of()).stream()
                .filter(m -> resourceUrl.equals(m.path("resourceUrl").asText())).toList();
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
