package nl.zgw.autorisaties.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.config.AcConfig;
import nl.zgw.autorisaties.service.CallbackAuth;
import nl.zgw.common.events.ZgwNotificatiesConfig;
import nl.zgw.common.security.ServiceTokens;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Subscribes this service at the Notificaties API (1.0.1) to kanalen zaaktypen, informatieobjecttypen and
 * besluittypen, so a type deleted in the Catalogi loses its autorisaties. Retried in the background until the
 * Notificaties API answers; an abonnement with the same callbackUrl is reused.
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

    @Scheduled(every = "${zgw.ac.callback.retry-interval:PT30S}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void attempt() {
        if (!done && configured()) {
            done = register();
        }
    }

    /** One attempt; true when the abonnement exists afterwards. */
    public boolean register() {
        String root = nrc.url().orElseThrow().replaceAll("/+$", "");
        String callbackUrl = config.callback().url().orElseThrow();
        try {
            HttpResponse<String> list = http.send(request(root + "/abonnement").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() == 200) {
                for (JsonNode a : mapper.readTree(list.body())) {
                    if (callbackUrl.equals(a.path("callbackUrl").asText())) {
                        LOG.infof("Abonnement for %s exists at the Notificaties API", callbackUrl);
                        return true;
                    }
                }
            } else {
                LOG.warnf("Notificaties API: GET /abonnement answered %d; retrying later", list.statusCode());
                return false;
            }
            String body = mapper.writeValueAsString(Map.of("callbackUrl", callbackUrl, "auth", auth.value().get(),
                    "kanalen", KANALEN.stream().map(k -> Map.of("naam", k, "filters", Map.of())).toList()));
            HttpResponse<String> created = http.send(request(root + "/abonnement")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() / 100 == 2) {
                LOG.infof("Abonnement created at the Notificaties API for %s", callbackUrl);
                return true;
            }
            LOG.warnf("Notificaties API: POST /abonnement answered %d; retrying later", created.statusCode());
            return false;
        } catch (IOException e) {
            LOG.warnf("Notificaties API not reachable (%s); retrying later", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(nrc.requestTimeout())
                .header("Accept", "application/json");
        tokens.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }
}
