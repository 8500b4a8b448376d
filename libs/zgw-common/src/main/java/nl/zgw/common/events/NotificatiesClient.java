package nl.zgw.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.security.jwt.ServiceTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The few Notificaties API calls a producer makes, with this service's own token. */
@ApplicationScoped
public class NotificatiesClient {

    /**
     * The outcome of one call: delivered (2xx) or not, with a short reason for the outbox row. {@code receiverDown}
     * says the Notificaties API itself is unavailable (no answer, 5xx, 429), as opposed to refusing this message.
     */
    public record Result(boolean ok, String error, boolean receiverDown) {
    }

    private final ZgwNotificatiesConfig config;
    private final OutboundHttp outbound;
    private final ObjectMapper mapper;
    private final HttpClient http;

    /** Outside CDI (tests): requests with {@code tokens}. */
    public NotificatiesClient(ZgwNotificatiesConfig config, ServiceTokens tokens, ObjectMapper mapper) {
        this(config, new OutboundHttp(tokens), mapper);
    }

    @Inject
    public NotificatiesClient(ZgwNotificatiesConfig config, OutboundHttp outbound, ObjectMapper mapper) {
        this.config = config;
        this.outbound = outbound;
        this.mapper = mapper;
        this.http = outbound.client(config.requestTimeout());
    }

    public boolean configured() {
        return config.url().isPresent();
    }

    public Result publish(String payloadJson) {
        return post("/notificaties", payloadJson);
    }

    /** Registers the kanaal unless it exists; true when it exists afterwards. */
    public boolean ensureKanaal(KanaalDefinitie kanaal) {
        try {
            HttpResponse<String> found = http.send(request("/kanaal?naam="
                    + URLEncoder.encode(kanaal.naam(), StandardCharsets.UTF_8)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() == 200) {
                JsonNode list = mapper.readTree(found.body());
                if (list.isArray() && !list.isEmpty()) {
                    return true;
                }
            }
            String body = mapper.writeValueAsString(Map.of("naam", kanaal.naam(),
                    "documentatieLink", kanaal.documentatieLink() == null ? "" : kanaal.documentatieLink(),
                    "filters", kanaal.filters()));
            return post("/kanaal", body).ok();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Result post(String path, String json) {
        try {
            HttpResponse<String> r = http.send(request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                return new Result(true, null, false);
            }
            boolean down = r.statusCode() >= 500 || r.statusCode() == 429 || r.statusCode() == 408;
            return new Result(false, "HTTP " + r.statusCode() + ": " + abbreviate(r.body()), down);
        } catch (IOException e) {
            return new Result(false, e.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(e.getMessage())),
                    true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted", true);
        }
    }

    private HttpRequest.Builder request(String path) {
        String root = config.url().orElseThrow();
        return outbound.request(URI.create(root.replaceAll("/+$", "") + path), config.requestTimeout());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
