package nl.zgw.common.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.outbound.CallGuards;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.outbound.Unavailable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls to another API beyond a cached fetch, for synchronisations ({@code nl.zgw.common.sync}): an uncached GET (a
 * filtered list), a POST of a JSON body, a DELETE. Same allow-list, internal roots, own token and address checks as
 * {@link ReferenceClient}, and a guard per API root (timeout, retries of a 5xx or no answer, circuit breaker). The
 * answer is returned whatever its status; {@link Unavailable} means no usable answer after the retries.
 */
@ApplicationScoped
public class RemoteCalls {

    private final ReferenceClient references;
    private final ZgwRefsConfig config;
    private final CallGuards guards;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final Map<String, CallGuards.Guarded> guardPerApi = new ConcurrentHashMap<>();

    public RemoteCalls(ReferenceClient references, ZgwRefsConfig config, CallGuards guards, OutboundHttp outbound,
                       ObjectMapper mapper) {
        this.references = references;
        this.config = config;
        this.guards = guards;
        this.mapper = mapper;
        this.http = outbound.client(config.timeout());
    }

    /** An answer: its status and its body read as JSON (a missing or non-JSON body is a missing node). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Answer get(String url) {
        return send(url, references.request(url, config.timeout()).GET());
    }

    public Answer post(String url, Object body) {
        try {
            return send(url, references.request(url, config.timeout()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Body not serialisable", e);
        }
    }

    public Answer delete(String url) {
        return send(url, references.request(url, config.timeout()).DELETE());
    }

    private Answer send(String url, HttpRequest.Builder request) {
        URI uri = URI.create(url);
        String api = uri.getScheme() + "://" + uri.getRawAuthority();
        CallGuards.Guarded guard = guardPerApi.computeIfAbsent(api,
                a -> guards.create("remote " + a, config.retries(), config.timeout()));
        HttpRequest built = request.build();
        HttpResponse<byte[]> r = guard.call(() -> OutboundHttp.attempt(http, built,
                HttpResponse.BodyHandlers.ofByteArray()));
        JsonNode body;
        try {
            body = r.body() == null || r.body().length == 0 ? mapper.missingNode() : mapper.readTree(r.body());
        } catch (IOException e) {
            body = mapper.missingNode();
        }
        return new Answer(r.statusCode(), body);
    }
}
