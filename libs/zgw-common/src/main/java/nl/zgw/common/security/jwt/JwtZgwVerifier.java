package nl.zgw.common.security.jwt;

import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.ac.AutorisatiesApi;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.ZgwException;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.InvalidJwtSignatureException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * JWT-ZGW (standard §2): HS256 with the shared secret of the token's {@code client_id}; no {@code exp} needed, the
 * age is bounded by {@code iat} + a configured max age (exactly: the leeway only serves clocks that run ahead, for an
 * {@code iat} in the future). Every failure is a 403 with the reference implementation's code; a token signed with
 * anything but HS256 (also {@code alg: none}) has no valid signature ({@code invalid-jwt-signature}).
 * Startup fails when the configured leeway is below the 5 minutes the issue requires.
 */
@ApplicationScoped
@Startup
public class JwtZgwVerifier {

    /** The least clock skew to tolerate for an {@code iat} in the future. */
    public static final Duration MIN_LEEWAY = Duration.ofMinutes(5);

    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipAllValidators().setDisableRequireSignature().setSkipSignatureVerification().build();

    private final ClientSecrets secrets;
    private final ZgwAuthConfig config;
    private final Clock clock;
    private final AutorisatiesApi remote;

    public JwtZgwVerifier(ClientSecrets secrets, ZgwAuthConfig config) {
        this(secrets, config, Clock.systemUTC(), null);
    }

    /** With {@code zgw.autorisaties.url} set, tokens are verified by the Autorisaties API, which holds the secrets
     * (unless {@code zgw.autorisaties.token-verification=local}). */
    @jakarta.inject.Inject
    public JwtZgwVerifier(ClientSecrets secrets, ZgwAuthConfig config, AutorisatiesApi remote) {
        this(secrets, config, Clock.systemUTC(), remote);
    }

    JwtZgwVerifier(ClientSecrets secrets, ZgwAuthConfig config, Clock clock) {
        this(secrets, config, clock, null);
    }

    private JwtZgwVerifier(ClientSecrets secrets, ZgwAuthConfig config, Clock clock, AutorisatiesApi remote) {
        if (config.jwt().leeway().compareTo(MIN_LEEWAY) < 0) {
            throw new IllegalStateException("zgw.auth.jwt.leeway must be at least " + MIN_LEEWAY + ", is "
                    + config.jwt().leeway());
        }
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
        this.remote = remote;
    }

    /** @param authorization the {@code Authorization} header value, may be null */
    public Caller verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ZgwException.forbidden("not_authenticated", "Authenticatiegegevens zijn niet opgegeven.");
        }
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : authorization.trim();
        if (remote != null && remote.verifiesTokens()) {
            return remote.verify(token).caller();
        }
        JwtClaims claims = decode(token);
        String clientId = stringClaim(claims, "client_id");
        if (clientId == null || clientId.isBlank()) {
            throw ZgwException.forbidden("missing-client-identifier", "Client identifier ontbreekt in het JWT.");
        }
        String secret = secrets.secret(clientId).orElseThrow(() ->
                ZgwException.forbidden("invalid-client-identifier", "Client identifier bestaat niet."));
        verifySignature(token, secret);
        checkIssuedAt(claims);
        return new Caller(clientId, Optional.ofNullable(stringClaim(claims, "user_id")).orElse(""),
                Optional.ofNullable(stringClaim(claims, "user_representation")).orElse(""));
    }

    /**
     * The {@code iat} of a token, read without verifying it (for a token another party has just verified, such as the
     * Autorisaties API): empty when the token cannot be decoded or has no numeric {@code iat}.
     */
    public static Optional<Long> issuedAtUnverified(String token) {
        try {
            NumericDate iat = UNVERIFIED.processToClaims(token).getIssuedAt();
            return iat == null ? Optional.empty() : Optional.of(iat.getValue());
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private static JwtClaims decode(String token) {
        try {
            return UNVERIFIED.processToClaims(token);
        } catch (InvalidJwtException e) {
            throw ZgwException.forbidden("jwt-decode-error", "Het JWT kon niet gedecodeerd worden.");
        }
    }

    private static void verifySignature(String token, String secret) {
        if (!AlgorithmIdentifiers.HMAC_SHA256.equals(algorithm(token))) {
            throw ZgwException.forbidden("invalid-jwt-signature", "Het JWT moet met HS256 ondertekend zijn.");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setSkipAllDefaultValidators()
                .setRelaxVerificationKeyValidation() // the standard allows secrets shorter than 256 bits
                .setVerificationKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .build();
        try {
            consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            if (e instanceof InvalidJwtSignatureException || e.getMessage().contains("signature")) {
                throw ZgwException.forbidden("invalid-jwt-signature", "Het JWT heeft een ongeldige handtekening.");
            }
            throw ZgwException.forbidden("jwt-decode-error", "Het JWT kon niet geverifieerd worden.");
        }
    }

    private static String algorithm(String token) {
        try {
            return JsonWebStructure.fromCompactSerialization(token).getAlgorithmHeaderValue();
        } catch (JoseException e) {
            throw ZgwException.forbidden("jwt-decode-error", "Het JWT kon niet gedecodeerd worden.");
        }
    }

    private void checkIssuedAt(JwtClaims claims) {
        NumericDate iat;
        try {
            iat = claims.getIssuedAt();
        } catch (MalformedClaimException e) {
            iat = null;
        }
        if (iat == null) {
            throw ZgwException.forbidden("jwt-decode-error", "Het JWT mist een geldige 'iat' claim.");
        }
        long now = clock.instant().getEpochSecond();
        if (iat.getValue() > now + config.jwt().leeway().toSeconds()) {
            throw ZgwException.forbidden("jwt-immature", "Het JWT is uitgegeven in de toekomst ('iat').");
        }
        if (iat.getValue() < now - config.jwt().maxAge().toSeconds()) {
            throw ZgwException.forbidden("jwt-expired", "Het JWT is verlopen: 'iat' is te oud.");
        }
    }

    private static String stringClaim(JwtClaims claims, String name) {
        Object v = claims.getClaimValue(name);
        return v == null ? null : v.toString();
    }
}
