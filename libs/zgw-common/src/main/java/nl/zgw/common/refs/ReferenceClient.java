package nl.zgw.common.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.outbound.AddressGuard;
import nl.zgw.common.outbound.CallGuards;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.outbound.RefusedAddressException;
import nl.zgw.common.outbound.Unavailable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dereferences URLs of other APIs' resources (standard §1.1: relations are absolute URLs). Only allow-listed API
 * roots are fetched, through their internal address, with this service's own token, under a fault-tolerance guard
 * per API (timeout, retries on connection failures, timeouts and 5xx, a circuit breaker), and with a cache of
 * successful answers: published resources ({@code "concept": false}) long, others briefly. A public root reached
 * directly is resolved at each fetch and refused when it points into the internal network ({@link AddressGuard}).
 */
@ApplicationScoped
public class ReferenceClient {

    private final List<String> allowedRoots;
    private final Map<String, String> internalRoots;
    private final ZgwRefsConfig config;
    private final ObjectMapper mapper;
    private final OutboundHttp outbound;
    private final CallGuards guards;
    private final AddressGuard addresses;
    private final HttpClient http;
    private final Cache<String, JsonNode> cache;
    private final Map<String, CallGuards.Guarded> guardPerRoot = new ConcurrentHashMap<>();

    public ReferenceClient(ZgwRefsConfig config, OutboundHttp outbound, CallGuards guards, AddressGuard addresses,
                           ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.outbound = outbound;
        this.guards = guards;
        this.addresses = addresses;
        this.allowedRoots = config.allowedApiRoots().orElse(List.of()).stream().map(String::trim)
                .filter(r -> !r.isEmpty()).map(ReferenceClient::withSlash).toList();
        this.internalRoots = parseInternalRoots(config.internalRoots().orElse(""));
        this.http = outbound.client(config.timeout());
        this.cache = Caffeine.newBuilder().maximumSize(config.cacheSize()).expireAfter(new Expiry<String, JsonNode>() {
            @Override
            public long expireAfterCreate(String url, JsonNode node, long now) {
                boolean published = node.path("concept").isBoolean() && !node.path("concept").booleanValue();
                return (published ? config.cacheTtlPublished() : config.cacheTtl()).toNanos();
            }

            @Override
            public long expireAfterUpdate(String url, JsonNode node, long now, long current) {
                return expireAfterCreate(url, node, now);
            }

            @Override
            public long expireAfterRead(String url, JsonNode node, long now, long current) {
                return current;
            }
        }).build();
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
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getRawUserInfo() != null || uri.getRawPath() == null
                    || ResourceUrl.hasDotSegment(uri.getRawPath())) {
                return false;
            }
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        return root(url).isPresent();
    }

    /** The allow-listed root {@code url} is under. */
    private Optional<String> root(String url) {
        return allowedRoots.stream().filter(url::startsWith).findFirst();
    }

    /** {@code url} read as a resource URL of an allow-listed API ({@code root/collection/uuid}, nested too). */
    public Optional<ResourceUrl> resourceUrl(String url) {
        return allowed(url) ? ResourceUrl.parse(url, allowedRoots) : Optional.empty();
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

    /**
     * The JSON behind {@code url} fetched now, never from the cache (which keeps the new answer): for a check that
     * must see the current state, such as the dates of a besluit at closing or a document's lock.
     */
    public JsonNode fresh(String url) {
        invalidate(url);
        return get(url);
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
        String internal = toInternal(url);
        URI target = URI.create(internal);
        if (internal.equals(url)) {
            try {
                addresses.check(target);
            } catch (RefusedAddressException e) {
                throw new ReferenceException(ReferenceException.BAD_URL, e.getMessage());
            }
        }
        CallGuards.Guarded guard = guardPerRoot.computeIfAbsent(root(url).orElseThrow(),
                root -> guards.create("refs " + root, config.retries(), config.timeout()));
        HttpResponse<byte[]> r;
        try {
            r = guard.call(() -> attempt(url, target));
        } catch (Unavailable e) {
            throw new ReferenceException(ReferenceException.BAD_URL,
                    "De URL " + url + " kon niet opgehaald worden (" + e.getMessage() + ").");
        }
        if (r.statusCode() != 200) {
            throw new ReferenceException(ReferenceException.BAD_URL,
                    "De URL " + url + " gaf als antwoord HTTP " + r.statusCode() + ". Geef een geldige URL op.");
        }
        try {
            return mapper.readTree(r.body());
        } catch (IOException e) {
            throw new ReferenceException(ReferenceException.INVALID_RESOURCE, "De URL geeft geen geldige JSON.");
        }
    }

    /**
     * A request to {@code url} of an allow-listed API (any method, e.g. a write another API's synchronisation needs):
     * through its internal address, with this service's token, {@code Accept: application/json}, {@code timeout} and
     * the forwarded headers, after the same checks as a fetch ({@code bad-url} when not allowed or an internal
     * address). Use {@link RemoteCalls} to send it under a guard.
     */
    public HttpRequest.Builder request(String url, java.time.Duration timeout) {
        if (!allowed(url)) {
            throw new ReferenceException(ReferenceException.BAD_URL,
                    "De URL valt niet onder een toegestane API-root.");
        }
        String internal = toInternal(url);
        URI target = URI.create(internal);
        if (internal.equals(url)) {
            try {
                addresses.check(target);
            } catch (RefusedAddressException e) {
                throw new ReferenceException(ReferenceException.BAD_URL, e.getMessage());
            }
        }
        HttpRequest.Builder b = outbound.request(target, timeout);
        addForwardedHeaders(url, b);
        return b;
    }

    /** One GET; a 5xx or no answer is {@link Unavailable} (retried, counted by the circuit breaker). */
    private HttpResponse<byte[]> attempt(String url, URI target) {
        HttpRequest.Builder b = outbound.request(target, config.timeout()).GET();
        addForwardedHeaders(url, b);
        return OutboundHttp.attempt(http, b.build(), HttpResponse.BodyHandlers.ofByteArray());
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
