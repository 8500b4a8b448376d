package nl.zgw.autorisaties.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.config.AcConfig;
import nl.zgw.autorisaties.service.CallbackAuth;
import nl.zgw.common.events.ZgwNotificatiesConfig;
import nl.zgw.common.security.jwt.ServiceTokens;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Subscribes this service at the Notificaties API (1.0.1) to kanalen zaaktypen, informatieobjecttypen and
 * besluittypen, so a type deleted in the Catalogi loses its autorisaties. Retried in the background until the
 * Notificaties API answers. An abonnement with the same callbackUrl is reused; when its auth differs (or cannot be
 * read) or a kanaal is missing, it is updated in place (PUT), not duplicated.
 */
@ApplicationScoped
public class AbonnementRegistratie {

    private static final Logger LOG = Logger.getLogger(AbonnementRegistratie.class);
    static final List<String> KANALEN = List.of("zaaktypen", "informatieobjecttypen", "besluittypen");

    private final AcConfig config;
    private final ZgwNotificatiesConfig nrc;
    private final CallbackAuth auth;
    private final ServiceTokens tokens;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private volatile boolean done;
    /** Milliseconds now; a field so the tests can move time. */
    LongSupplier clock = System::currentTimeMillis;
    private long nextAttemptAt;
    private long backoffMillis;

    public AbonnementRegistratie(AcConfig config, ZgwNotificatiesConfig nrc, CallbackAuth auth, ServiceTokens tokens,
                                 ObjectMapper mapper) {
        this.config = config;
        this.nrc = nrc;
        this.auth = auth;
        this.tokens = tokens;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(nrc.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public boolean configured() {
        return nrc.url().isPresent() && config.callback().url().isPresent() && auth.value().isPresent();
    }

    public boolean done() {
        return done;
    }

    /**
     * Retries from one second after a failure, doubling up to {@code zgw.ac.callback.retry-interval}: the services
     * start together, and a type deleted before the abonnement exists would keep its autorisaties.
     */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void attempt() {
        if (done || !configured() || clock.getAsLong() < nextAttemptAt) {
            return;
        }
        done = register();
        if (!done) {
            backoffMillis = Math.min(Math.max(1000, backoffMillis * 2), config.callback().retryInterval().toMillis());
            nextAttemptAt = clock.getAsLong() + backoffMillis;
        }
    }

    /** One attempt; true when the abonnement exists, with our auth and kanalen, afterwards. */
    public boolean register() {
        String root = nrc.url().orElseThrow().replaceAll("/+$", "");
        String callbackUrl = config.callback().url().orElseThrow();
        try {
            HttpResponse<String> list = http.send(request(root + "/abonnement").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() != 200) {
                LOG.warnf("Notificaties API: GET /abonnement answered %d; retrying later", list.statusCode());
                return false;
            }
            JsonNode existing = null;
            for (JsonNode a : mapper.readTree(list.body())) {
                if (callbackUrl.equals(a.path("callbackUrl").asText())) {
                    existing = a;
                    break;
                }
            }
            if (existing == null) {
                return write("POST", root + "/abonnement", body(callbackUrl, null));
            }
            if (upToDate(existing)) {
                LOG.infof("Abonnement for %s exists at the Notificaties API", callbackUrl);
                return true;
            }
            String url = existing.path("url").asText();
            return write("PUT", root + "/abonnement/" + url.substring(url.lastIndexOf('/') + 1),
                    body(callbackUrl, existing));
        } catch (IOException e) {
            LOG.warnf("Notificaties API not reachable (%s); retrying later", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Our auth and every kanaal without filters. The standard's Abonnement shows {@code auth}, but a Notificaties API
     * may keep it write-only (ours does): then it cannot be compared, and the abonnement is rewritten, since a stale
     * auth (a changed service secret) would make the NRC's callbacks fail for good.
     */
    private boolean upToDate(JsonNode existing) {
        if (!existing.path("auth").isTextual() || !existing.get("auth").asText().equals(auth.value().orElseThrow())) {
            return false;
        }
        Set<String> unfiltered = new HashSet<>();
        existing.path("kanalen").forEach(k -> {
            if (k.path("filters").isEmpty()) {
                unfiltered.add(k.path("naam").asText());
            }
        });
        return unfiltered.containsAll(KANALEN);
    }

    /** The desired abonnement: our auth and kanalen; other kanalen of an existing one are kept as they are. */
    private String body(String callbackUrl, JsonNode existing) throws IOException {
        List<Object> kanalen = new ArrayList<>();
        KANALEN.forEach(k -> kanalen.add(Map.of("naam", k, "filters", Map.of())));
        if (existing != null) {
            existing.path("kanalen").forEach(k -> {
                if (!KANALEN.contains(k.path("naam").asText())) {
                    kanalen.add(k);
                }
            });
        }
        return mapper.writeValueAsString(Map.of("callbackUrl", callbackUrl, "auth", auth.value().orElseThrow(),
                "kanalen", kanalen));
    }

    private boolean write(String method, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 == 2) {
            LOG.infof("Abonnement %s at the Notificaties API for %s", "POST".equals(method) ? "created" : "updated",
                    config.callback().url().orElseThrow());
            return true;
        }
        LOG.warnf("Notificaties API: %s %s answered %d; retrying later", method, URI.create(url).getPath(),
                r.statusCode());
        return false;
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(nrc.requestTimeout())
                .header("Accept", "application/json");
        tokens.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }
}
