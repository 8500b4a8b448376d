package nl.zgw.besluiten.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.sync.SynchronisatieConfig;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.refs.ReferenceClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Writes to the Zaken and Documenten APIs for the synchronisations, with this service's own token, through the
 * internal address of the API when one is mapped ({@code zgw.refs.internal-roots}), as reference fetches go. The
 * URLs it is given were validated as references (allow-listed roots) when the besluit or relation was written.
 */
@ApplicationScoped
public class RemoteApi {

    /** An answer; {@code status} 0 means no answer at all. */
    public record Answer(int status, JsonNode body, String error) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean unreachable() {
            return status == 0 || status >= 500;
        }

        public String describe(String what) {
            return what + ": " + (status == 0 ? error : "HTTP " + status + (body == null ? "" : " " + body));
        }
    }

    private final OutboundHttp outbound;
    private final ReferenceClient references;
    private final ObjectMapper mapper;
    private final SynchronisatieConfig config;
    private final HttpClient http;

    public RemoteApi(OutboundHttp outbound, ReferenceClient references, ObjectMapper mapper,
                     SynchronisatieConfig config) {
        this.outbound = outbound;
        this.references = references;
        this.mapper = mapper;
        this.config = config;
        this.http = outbound.client(config.requestTimeout());
    }

    public Answer get(String url) {
        return send(builder(url).GET());
    }

    public Answer post(String url, Object body) {
        try {
            return send(builder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))));
        } catch (IOException e) {
            return new Answer(0, null, e.getMessage());
        }
    }

    public Answer delete(String url) {
        return send(builder(url).DELETE());
    }

    private HttpRequest.Builder builder(String publicUrl) {
        String internal = references.toInternal(publicUrl);
        HttpRequest.Builder b = outbound.request(URI.create(internal), config.requestTimeout());
        if (!internal.equals(publicUrl)) {
            URI pub = URI.create(publicUrl);
            b.header("X-Forwarded-Proto", pub.getScheme());
            b.header("X-Forwarded-Host", pub.getPort() < 0 ? pub.getHost() : pub.getHost() + ":" + pub.getPort());
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = null;
            if (r.body() != null && r.body().length > 0) {
                try {
                    body = mapper.readTree(r.body());
                } catch (IOException e) {
                    body = null;
                }
            }
            return new Answer(r.statusCode(), body, null);
        } catch (IOException e) {
            return new Answer(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        }
    }
}
