package nl.zgw.common.security.jwt;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * JWT-ZGW tokens with this service's own credential, for its calls to other ZGW APIs (standard §2 "Delegatie":
 * never the consumer's token). A token is reused for a few minutes, well within any receiver's max age.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final long REUSE_SECONDS = 300;

    private final ZgwAuthConfig config;
    private final Clock clock = Clock.systemUTC();
    private volatile String cached;
    private volatile long cachedAt;

    public ServiceTokens(ZgwAuthConfig config) {
        this.config = config;
    }

    public String clientId() {
        return config.service().clientId();
    }

    /** {@code Bearer <jwt>}, or empty when this service has no secret configured. */
    public java.util.Optional<String> authorization() {
        if (config.service().secret().isEmpty()) {
            return java.util.Optional.empty();
        }
        long now = clock.instant().getEpochSecond();
        if (cached == null || now - cachedAt > REUSE_SECONDS) {
            cached = "Bearer " + sign(now);
            cachedAt = now;
        }
        return java.util.Optional.of(cached);
    }

    private String sign(long iat) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId());
        claims.setClaim("iat", iat);
        claims.setClaim("client_id", clientId());
        claims.setClaim("user_id", clientId());
        claims.setClaim("user_representation", clientId());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(config.service().secret().orElseThrow().getBytes(StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the service token", e);
        }
    }
}
