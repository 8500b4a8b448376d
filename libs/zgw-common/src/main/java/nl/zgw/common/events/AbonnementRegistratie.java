package nl.zgw.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.zgw.common.security.jwt.ServiceTokens;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Subscribes this service at the Notificaties API (1.0.1) to the kanalen of its {@link NotificatieHandler}s, with
 * their filters, at {@code zgw.abonnement.callback-url}. Idempotent: an abonnement with the same callbackUrl is
 * reused; when its auth differs (or cannot be read) or a kanaal or its filters are off, it is repaired in place
 * (PUT), never duplicated. Retried in the background from one second after a failure, doubling up to
 * {@code zgw.abonnement.retry-interval}, until the Notificaties API answers; the services start together, and a
 * notification sent before the abonnement exists is lost to this service.
 */
@ApplicationScoped
public class AbonnementRegistratie {

    private static final Logger LOG = Logger.getLogger(AbonnementRegistratie.class);

    /** One kanaal of the desired abonnement. */
    public record Kanaal(String naam, Map<String, String> filters) {
        public Kanaal {
            filters = filters == null ? Map.of() : Map.copyOf(filters);
        }
    }

    private final Optional<String> nrcUrl;
    private final Optional<String> callbackUrl;
    private final Duration retryInterval;
    private final Duration requestTimeout;
    private final List<Kanaal> kanalen;
    private final CallbackAuth auth;
    private final ServiceTokens tokens;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private volatile boolean done;
    /** Milliseconds now; a field so the tests can move time. */
    LongSupplier clock = System::currentTimeMillis;
    private long nextAttemptAt;
    private long backoffMillis;

    @Inject
    public AbonnementRegistratie(ZgwAbonnementConfig config, ZgwNotificatiesConfig nrc, CallbackAuth auth,
                                 ServiceTokens tokens, ObjectMapper mapper, @Any Instance<NotificatieHandler> handlers) {
        this(config, nrc, auth, tokens, mapper, kanalen(handlers.stream().toList()));
    }

    /** With the kanalen given directly (tests, or a service that subscribes without handling here). */
    public AbonnementRegistratie(ZgwAbonnementConfig config, ZgwNotificatiesConfig nrc, CallbackAuth auth,
                                 ServiceTokens tokens, ObjectMapper mapper, List<Kanaal> kanalen) {
        this.nrcUrl = nrc.url();
        this.callbackUrl = config.callbackUrl();
        this.retryInterval = config.retryInterval();
        this.requestTimeout = nrc.requestTimeout();
        this.kanalen = List.copyOf(kanalen);
        this.auth = auth;
        this.tokens = tokens;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The handlers' kanalen in declaration order; two handlers of one kanaal share its abonnement. */
    static List<Kanaal> kanalen(List<NotificatieHandler> handlers) {
        Map<String, Kanaal> byNaam = new LinkedHashMap<>();
        handlers.forEach(h -> byNaam.putIfAbsent(h.kanaal(), new Kanaal(h.kanaal(), h.filters())));
        return List.copyOf(byNaam.values());
    }

    public List<Kanaal> kanalen() {
        return kanalen;
    }

    public boolean configured() {
        return !kanalen.isEmpty() && nrcUrl.isPresent() && callbackUrl.isPresent() && auth.value().isPresent();
    }

    public boolean done() {
        return done;
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void attempt() {
        if (done || !configured() || clock.getAsLong() < nextAttemptAt) {
            return;
        }
        done = register();
        if (!done) {
            backoffMillis = Math.min(Math.max(1000, backoffMillis * 2), retryInterval.toMillis());
            nextAttemptAt = clock.getAsLong() + backoffMillis;
        }
    }

    /** One attempt; true when the abonnement exists, with our auth and kanalen, afterwards. */
    public boolean register() {
        String root = nrcUrl.orElseThrow().replaceAll("/+$", "");
        String callback = callbackUrl.orElseThrow();
        try {
            HttpResponse<String> list = http.send(request(root + "/abonnement").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() != 200) {
                LOG.warnf("Notificaties API: GET /abonnement answered %d; retrying later", list.statusCode());
                return false;
            }
            JsonNode existing = null;
            for (JsonNode a : mapper.readTree(list.body())) {
                if (callback.equals(a.path("callbackUrl").asText())) {
                    existing = a;
                    break;
                }
            }
            if (existing == null) {
                return write("POST", root + "/abonnement", body(callback, null));
            }
            if (upToDate(existing)) {
                LOG.infof("Abonnement for %s exists at the Notificaties API", callback);
                return true;
            }
            String url = existing.path("url").asText();
            return write("PUT", root + "/abonnement/" + url.substring(url.lastIndexOf('/') + 1),
                    body(callback, existing));
        } catch (IOException e) {
            LOG.warnf("Notificaties API not reachable (%s); retrying later", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Our auth and every kanaal with exactly its filters. The standard's Abonnement shows {@code auth}, but a
     * Notificaties API may keep it write-only (ours does): then it cannot be compared, and the abonnement is
     * rewritten, since a stale auth (a changed service secret) would make the callbacks fail for good.
     */
    private boolean upToDate(JsonNode existing) {
        if (!existing.path("auth").isTextual() || !existing.get("auth").asText().equals(auth.value().orElseThrow())) {
            return false;
        }
        List<Kanaal> present = new ArrayList<>();
        existing.path("kanalen").forEach(k -> present.add(new Kanaal(k.path("naam").asText(), filters(k))));
        return present.containsAll(kanalen);
    }

    private static Map<String, String> filters(JsonNode kanaal) {
        Map<String, String> out = new HashMap<>();
        kanaal.path("filters").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The desired abonnement: our auth and kanalen; other kanalen of an existing one are kept as they are. */
    private String body(String callback, JsonNode existing) throws IOException {
        List<Object> body = new ArrayList<>();
        kanalen.forEach(k -> body.add(Map.of("naam", k.naam(), "filters", k.filters())));
        if (existing != null) {
            existing.path("kanalen").forEach(k -> {
                if (kanalen.stream().noneMatch(d -> d.naam().equals(k.path("naam").asText()))) {
                    body.add(k);
                }
            });
        }
        return mapper.writeValueAsString(Map.of("callbackUrl", callback, "auth", auth.value().orElseThrow(),
                "kanalen", body));
    }

    private boolean write(String method, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 == 2) {
            LOG.infof("Abonnement %s at the Notificaties API for %s", "POST".equals(method) ? "created" : "updated",
                    callbackUrl.orElseThrow());
            return true;
        }
        LOG.warnf("Notificaties API: %s %s answered %d; retrying later", method, URI.create(url).getPath(),
                r.statusCode());
        return false;
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header("Accept", "application/json");
        tokens.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }
}
