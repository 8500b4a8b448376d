package nl.zgw.testing;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds JWT-ZGW tokens for tests: {@code TestTokens.client("x").secret("y").bearer()}.
 * Every claim can be left out or bent to test the unhappy paths.
 */
public final class TestTokens {

    private String clientId;
    private String secret = "test-secret";
    private String userId = "test-user";
    private String userRepresentation = "Test User";
    private Instant issuedAt = Instant.now();
    private boolean withClientId = true;
    private String algorithm = AlgorithmIdentifiers.HMAC_SHA256;

    private TestTokens(String clientId) {
        this.clientId = clientId;
    }

    public static TestTokens client(String clientId) {
        return new TestTokens(clientId);
    }

    public TestTokens secret(String secret) {
        this.secret = secret;
        return this;
    }

    public TestTokens user(String id, String representation) {
        this.userId = id;
        this.userRepresentation = representation;
        return this;
    }

    public TestTokens issuedAt(Instant iat) {
        this.issuedAt = iat;
        return this;
    }

    /** Leaves the {@code client_id} claim out (the standard's {@code missing-client-identifier} case). */
    public TestTokens withoutClientId() {
        this.withClientId = false;
        return this;
    }

    /**
     * Signs with another JWS algorithm, e.g. {@code HS512} or {@code none} (unsigned), to test that only HS256 is
     * accepted.
     */
    public TestTokens algorithm(String algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    public String token() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId);
        claims.setClaim("iat", issuedAt.getEpochSecond());
        if (withClientId) {
            claims.setClaim("client_id", clientId);
        }
        claims.setClaim("user_id", userId);
        claims.setClaim("user_representation", userRepresentation);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setHeader("typ", "JWT");
        if (AlgorithmIdentifiers.NONE.equals(algorithm)) {
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        } else {
            jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        }
        jws.setDoKeyValidation(false); // the standard allows short shared secrets
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the {@code Authorization} header. */
    public String bearer() {
        return "Bearer " + token();
    }
}
