package nl.zgw.common.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.security.jwt.ServiceTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dereferences URLs of other APIs' resources (standard §1.1: relations are absolute URLs). Only allow-listed API
 * roots are fetched, through their internal address, with this service's own token, bounded timeouts, a few retries
 * on connection failures and 5xx, and a cache of successful answers.
 */
@ApplicationScoped
public class ReferenceClient {

    private final List<String> allowedRoots;
    private final Map<String, String> internalRoots;
    private final ZgwRefsConfig config;
    private final ServiceTokens tokens;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final Cache<String, JsonNode> cache;

    public ReferenceClient(ZgwRefsConfig config, ServiceTokens tokens, ObjectMapper mapper) {
        this.config = config;
        this.tokens = tokens;
        this.mapper = mapper;
        this.allowedRoots = config.allowedApiRoots().orElse(List.of()).stream().map(ReferenceClient::withSlash).toList();
        this.internalRoots = parseInternalRoots(config.internalRoots().orElse(""));
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.cache = Caffeine.newBuilder().maximumSize(config.cacheSize()).expireAfterWrite(config.cacheTtl()).build();
    }

    /**
     * Is this URL under an allow-listed API root? A path with a dot segment ({@code ..} or {@code .}, anywhere, also
     * percent-encoded or behind an encoded slash) is refused: the receiving server may resolve it to outside the
     * root, and no ZGW resource URL has one.
     */
    public boolean allowed(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getRawUserInfo() != null || uri.getRawPath() == null || hasDotSegment(uri.getRawPath())) {
                return false;
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return allowedRoots.stream().anyMatch(url::startsWith);
    }

    private static boolean hasDotSegment(String rawPath) {
        String decoded = rawPath;
        for (int i = 0; i < 3 && decoded.contains("%"); i++) { // double encoding too (%252e)
            decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        for (String segment : decoded.split("[/\\\\]", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The JSON behind {@code url} (HTTP 200), from the cache when fresh. */
    public JsonNode get(String url) {
        if (!allowed(url)) {
            throw new ReferenceException(ReferenceException.BAD_URL,
                    "De URL valt niet onder een toegestane API-root.");
        }
        JsonNode cached = cache.getIfPresent(url);
        if (cached != null) {
            return cached;
        }
        JsonNode fetched = fetch(url);
        cache.put(url, fetched);
        return fetched;
    }

    /** The resource behind {@code url} read as {@code type}; a wrong shape is {@code invalid-resource}. */
    public <T> T get(String url, Class<T> type) {
        JsonNode node = get(url);
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReferenceException(ReferenceException.INVALID_RESOURCE,
                    "De URL verwijst niet naar een resource van het verwachte type.");
        }
    }

    /** Forget a cached resource, e.g. on a notification that it changed. */
    public void invalidate(String url) {
        cache.invalidate(url);
    }

    private JsonNode fetch(String url) {
        URI target = URI.create(toInternal(url));
        IOException last = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(config.timeout()).GET()
                        .header("Accept", "application/json");
                tokens.authorization().ifPresent(a -> b.header("Authorization", a));
                addForwardedHeaders(url, b);
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200) {
                    try {
                        return mapper.readTree(r.body());
                    } catch (IOException e) {
                        throw new ReferenceException(ReferenceException.INVALID_RESOURCE,
                                "De URL geeft geen geldige JSON.");
                    }
                }
                if (r.statusCode() < 500) {
                    throw new ReferenceException(ReferenceException.BAD_URL,
                            "De URL gaf status " + r.statusCode() + " in plaats van 200.");
                }
                last = new IOException("HTTP " + r.statusCode());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ReferenceException(ReferenceException.BAD_URL,
                "De URL kon niet opgehaald worden" + (last == null ? "." : " (" + last.getMessage() + ")."));
    }

    /** A public URL through the internal address of its API, if one is mapped. */
    String toInternal(String url) {
        for (Map.Entry<String, String> e : internalRoots.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return e.getValue() + url.substring(e.getKey().length());
            }
        }
        return url;
    }

    /** So the other service renders the public URLs the client knows, even when reached internally. */
    private void addForwardedHeaders(String publicUrl, HttpRequest.Builder b) {
        if (publicUrl.equals(toInternal(publicUrl))) {
            return;
        }
        URI pub = URI.create(publicUrl);
        b.header("X-Forwarded-Proto", pub.getScheme());
        b.header("X-Forwarded-Host", pub.getPort() < 0 ? pub.getHost() : pub.getHost() + ":" + pub.getPort());
    }

    private static Map<String, String> parseInternalRoots(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                map.put(withSlash(entry.substring(0, eq).trim()), withSlash(entry.substring(eq + 1).trim()));
            }
        }
        return map;
    }

    private static String withSlash(String root) {
        return root.endsWith("/") ? root : root + "/";
    }
}
