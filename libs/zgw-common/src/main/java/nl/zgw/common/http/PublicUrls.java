package nl.zgw.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.config.ZgwApiConfig;

import java.util.UUID;

/**
 * The URLs the client used, so every {@code url} in a body points at the gateway the client called rather than
 * at this service's internal address. Reads {@code X-Forwarded-Proto/Host/Prefix} when trusted.
 */
@RequestScoped
public class PublicUrls {

    private final HttpServerRequest request;
    private final ZgwApiConfig config;
    private String base;

    public PublicUrls(HttpServerRequest request, ZgwApiConfig config) {
        this.request = request;
        this.config = config;
    }

    /** {@code proto://host[:port][prefix]}, without a trailing slash. */
    public String base() {
        if (base == null) {
            base = computeBase();
        }
        return base;
    }

    /** The public API root, e.g. {@code https://zgw.example.nl/catalogi/api/v1}. */
    public String apiRoot() {
        return base() + config.root();
    }

    /** {@code {apiRoot}/{collection}/{uuid}}. */
    public String resource(String collection, UUID uuid) {
        return apiRoot() + "/" + collection + "/" + uuid;
    }

    /** The full public URL of the current request, query string included. */
    public String requestUrl() {
        String uri = request.uri();
        return base() + (uri.startsWith("/") ? uri : "/" + uri);
    }

    /** The host part clients addressed, used in ETags so that other hosts get other ETags. */
    public String host() {
        String b = base();
        return b.substring(b.indexOf("://") + 3);
    }

    private String computeBase() {
        String proto = request.scheme();
        String host = request.getHeader("Host");
        String prefix = "";
        if (config.trustForwardedHeaders()) {
            proto = first(request.getHeader("X-Forwarded-Proto"), proto);
            host = first(request.getHeader("X-Forwarded-Host"), host);
            prefix = first(request.getHeader("X-Forwarded-Prefix"), "");
        }
        if (host == null || host.isBlank()) {
            host = request.authority() == null ? "localhost" : request.authority().toString();
        }
        if (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.isEmpty() && !prefix.startsWith("/")) {
            prefix = "/" + prefix;
        }
        return proto + "://" + host + prefix;
    }

    private static String first(String headerValue, String fallback) {
        if (headerValue == null || headerValue.isBlank()) {
            return fallback;
        }
        int comma = headerValue.indexOf(',');
        return (comma < 0 ? headerValue : headerValue.substring(0, comma)).trim();
    }
}
