package nl.zgw.common.security.ac;

import nl.zgw.common.outbound.CallGuards;
import nl.zgw.common.outbound.OutboundConfig;
import nl.zgw.common.outbound.OutboundHttp;
import nl.zgw.common.outbound.Unavailable;
import nl.zgw.common.security.jwt.ServiceTokens;
import nl.zgw.common.security.jwt.Caller;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zgw.common.problem.ZgwException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Autorisaties API as the source of truth of every other service (standard §2): a call to its verification
 * endpoint checks the consumer's JWT against the secret kept there and returns the client's current Applicatie. The
 * answer is reused ({@link AutorisatiesCache}) until the Autorisaties API announces a change on kanaal
 * {@code autorisaties}; without that abonnement every request calls it, and a change counts on the very next request.
 * The call uses this service's own token (never the consumer's); the consumer's token travels only in the body.
 */
@ApplicationScoped
public class AutorisatiesApi {

    private static final Logger LOG = Logger.getLogger(AutorisatiesApi.class);

    /** The outcome of a verification: who calls, and the Applicatie (null when the client has none). */
    public record Verified(Caller caller, Applicatie applicatie) {
    }

    private final ZgwAutorisatiesConfig config;
    private final ServiceTokens tokens;
    private final ObjectMapper mapper;
    private final OutboundHttp outbound;
    private final HttpClient http;
    private final Supplier<CallGuards.Guarded> guardFactory;
    private final AutorisatiesCache cache;
    private volatile CallGuards.Guarded guard;

    @Inject
    public AutorisatiesApi(ZgwAutorisatiesConfig config, ServiceTokens tokens, ObjectMapper mapper,
                           OutboundHttp outbound, CallGuards guards, OutboundConfig outboundConfig,
                           AutorisatiesCache cache) {
        this(config, tokens, mapper, outbound,
                () -> guards.create("autorisaties-api", outboundConfig.retries(), config.timeout()), cache);
    }

    /** Outside CDI (test fixtures, tools): one attempt per call, without the fault-tolerance runtime. */
    public AutorisatiesApi(ZgwAutorisatiesConfig config, ServiceTokens tokens, ObjectMapper mapper) {
        this(config, tokens, mapper, new OutboundHttp(tokens), CallGuards.Guarded::singleAttempt,
                AutorisatiesCache.off());
    }

    private AutorisatiesApi(ZgwAutorisatiesConfig config, ServiceTokens tokens, ObjectMapper mapper,
                            OutboundHttp outbound, Supplier<CallGuards.Guarded> guardFactory,
                            AutorisatiesCache cache) {
        this.config = config;
        this.tokens = tokens;
        this.mapper = mapper;
        this.outbound = outbound;
        this.http = outbound.client(config.timeout());
        this.guardFactory = guardFactory;
        this.cache = cache;
    }

    /** Built on first use (a CDI bean's guard lives as long as the bean: its circuit state is in it). */
    private CallGuards.Guarded guard() {
        if (guard == null) {
            synchronized (this) {
                if (guard == null) {
                    guard = guardFactory.get();
                }
            }
        }
        return guard;
    }

    /** True when {@code zgw.autorisaties.url} is set: the Autorisaties API decides, not the configuration. */
    public boolean enabled() {
        return config.url().isPresent();
    }

    /** True when consumers' tokens are verified by the Autorisaties API ({@code token-verification=introspection}). */
    public boolean verifiesTokens() {
        return enabled() && config.tokenVerification() == ZgwAutorisatiesConfig.TokenVerification.INTROSPECTION;
    }

    /**
     * Verifies a JWT-ZGW at the Autorisaties API. A refused consumer token ({@code active: false}) is the same 403
     * (and code) as local verification. An unreachable Autorisaties API, or one that refuses this service's own
     * token (a 401/403 of the endpoint itself), is a 503: a server-side fault, never the consumer's, and never an
     * open door.
     */
    public Verified verify(String token) {
        Verified verified = cache.verified(token, this::introspect);
        VerifiedRequest current = VerifiedRequest.current();
        if (current != null) {
            current.set(verified);
        }
        return verified;
    }

    private Verified introspect(String token) {
        String body;
        try {
            body = mapper.writeValueAsString(Map.of("token", token));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<String> r = send(outbound.request(URI.create(introspectionUrl()), config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        JsonNode json = readJson(r);
        refusedService(r, json);
        if (r.statusCode() != 200 || json == null || !json.path("active").isBoolean()) {
            throw unavailable("verification answered HTTP " + r.statusCode() + " without a valid 'active'");
        }
        if (!json.get("active").booleanValue()) {
            throw ZgwException.forbidden(json.path("code").asText("permission_denied"), json.path("detail").asText(""));
        }
        Caller caller = new Caller(json.path("clientId").asText(), json.path("userId").asText(""),
                json.path("userRepresentation").asText(""));
        return new Verified(caller, ApplicatieJson.parse(json.get("applicatie")));
    }

    /** {@code GET /applicaties/consumer?clientId=} (array per the OAS, or a single object as the reference impl). */
    public Optional<Applicatie> consumer(String clientId) {
        return cache.consumer(clientId, this::lookupConsumer);
    }

    private Optional<Applicatie> lookupConsumer(String clientId) {
        String url = config.url().orElseThrow().replaceAll("/+$", "") + "/applicaties/consumer?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(outbound.request(URI.create(url), config.timeout()).GET());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode json = readJson(r);
        refusedService(r, json);
        if (r.statusCode() != 200 || json == null) {
            throw unavailable("consumer answered HTTP " + r.statusCode());
        }
        JsonNode app = json.isArray() ? (json.isEmpty() ? null : json.get(0)) : json;
        return Optional.ofNullable(ApplicatieJson.parse(app));
    }

    /**
     * Sends under the fault-tolerance guard: no answer, a timeout or a 5xx is tried again and counted by the circuit
     * breaker; once the attempts are spent a 5xx is handed back (the callers answer 503 for it), no answer is a 503.
     */
    @SuppressWarnings("unchecked")
    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return guard().call(() -> OutboundHttp.attempt(http, request, HttpResponse.BodyHandlers.ofString()));
        } catch (Unavailable e) {
            if (e.lastAnswer() instanceof HttpResponse<?> last) {
                return (HttpResponse<String>) last;
            }
            throw unavailable(e.getMessage());
        }
    }

    /**
     * A 401/403 from the Autorisaties API refuses this service's own token (its secret differs from the credential
     * kept there, or its Applicatie lacks {@code autorisaties.lezen}): logged as an error for the operator, 503 for
     * the consumer.
     */
    private void refusedService(HttpResponse<String> r, JsonNode json) {
        if (r.statusCode() != 401 && r.statusCode() != 403) {
            return;
        }
        String code = json == null ? "" : json.path("code").asText("");
        String cause = tokens.authorization().isEmpty() ? "zgw.auth.service.secret is not set"
                : "permission_denied".equals(code) ? "its Applicatie lacks the scope autorisaties.lezen"
                : "its secret (zgw.auth.service.secret) does not match the credential kept there";
        LOG.error(String.format("The Autorisaties API refused this service's own token (client id %s, HTTP %d, "
                + "code '%s'): %s. Every request is answered with 503 until this is fixed.",
                tokens.clientId(), r.statusCode(), code, cause));
        throw problem();
    }

    private JsonNode readJson(HttpResponse<String> r) {
        try {
            return r.body() == null || r.body().isBlank() ? null : mapper.readTree(r.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static ZgwException unavailable(String reason) {
        LOG.warnf("Autorisaties API not usable: %s", reason);
        return problem();
    }

    private static ZgwException problem() {
        return new ZgwException(503, "autorisaties-unavailable", "Autorisaties niet beschikbaar.",
                "De Autorisaties API kon niet geraadpleegd worden; probeer het later opnieuw.", null);
    }

    String introspectionUrl() {
        return config.introspectionUrl().orElseGet(() -> {
            URI root = URI.create(config.url().orElseThrow());
            return root.getScheme() + "://" + root.getRawAuthority() + "/beheer/v1/introspectie";
        });
    }
}
