package nl.zgw.deploy;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The printed token is a JWT-ZGW token the services accept: HS256 with the client's secret, the standard's claims. */
class JwtZgwTest {

    @Test
    void isAnHs256JwtWithTheJwtZgwClaims() throws Exception {
        Instant iat = Instant.parse("2026-01-02T03:04:05Z");
        String token = JwtZgw.token("zgw-admin", "s3cr3t", "jan", "Jan \"de\" Vries", iat);

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(new HmacKey("s3cr3t".getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setSkipDefaultAudienceValidation()
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(iat.getEpochSecond()))
                .build().processToClaims(token);
        assertEquals("zgw-admin", claims.getIssuer());
        assertEquals("zgw-admin", claims.getStringClaimValue("client_id"));
        assertEquals("jan", claims.getStringClaimValue("user_id"));
        assertEquals("Jan \"de\" Vries", claims.getStringClaimValue("user_representation"));
        assertEquals(iat.getEpochSecond(), claims.getIssuedAt().getValue());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertEquals("JWT", jws.getHeader("typ"));
        assertEquals("HS256", jws.getAlgorithmHeaderValue());
    }

    @Test
    void anotherSecretDoesNotVerify() {
        String token = JwtZgw.token("zgw-admin", "s3cr3t", "jan", "jan", Instant.now());
        assertThrows(InvalidJwtException.class, () -> new JwtConsumerBuilder()
                .setVerificationKey(new HmacKey("other".getBytes(StandardCharsets.UTF_8)))
                .setRelaxVerificationKeyValidation()
                .build().processToClaims(token));
    }
}
