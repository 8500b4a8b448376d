package nl.zgw.common.security.jwt;

import nl.zgw.common.security.jwt.JwtZgwVerifier;
import nl.zgw.common.security.jwt.ClientSecrets;
import nl.zgw.common.security.jwt.ZgwAuthConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zgw.testing.TestTokens;
import org.junit.jupiter.api.Test;

import nl.zgw.common.problem.ZgwException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.*;

/** JWT-ZGW verification (standard §2): every failure is a 403 with the reference implementation's code. */
@QuarkusTest
class JwtZgwTest {

    static final String THING = "/test/api/v1/things/00000000-0000-0000-0000-000000000001";

    private static void expect(String authorization, int status, String code) {
        var req = RestAssured.given();
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        var resp = req.get(THING).then().statusCode(status);
        if (code != null) {
            resp.contentType("application/problem+json").body("code", equalTo(code));
        }
    }

    @Test
    void validTokenIsAccepted() {
        expect(TestTokens.client("all-client").secret("all-secret").bearer(), 200, null);
    }

    @Test
    void missingTokenIs403NotAuthenticated() {
        expect(null, 403, "not_authenticated");
    }

    @Test
    void badSignature() {
        expect(TestTokens.client("all-client").secret("wrong-secret").bearer(), 403, "invalid-jwt-signature");
    }

    @Test
    void unknownClient() {
        expect(TestTokens.client("nobody").secret("x").bearer(), 403, "invalid-client-identifier");
    }

    @Test
    void missingClientId() {
        expect(TestTokens.client("all-client").secret("all-secret").withoutClientId().bearer(), 403,
                "missing-client-identifier");
    }

    @Test
    void undecodableToken() {
        expect("Bearer not.a.jwt", 403, "jwt-decode-error");
        expect("Bearer garbage", 403, "jwt-decode-error");
    }

    @Test
    void tooOldIsRefused() {
        Instant old = Instant.now().minus(Duration.ofHours(1)).minus(Duration.ofMinutes(1));
        expect(TestTokens.client("all-client").secret("all-secret").issuedAt(old).bearer(), 403, "jwt-expired");
    }

    @Test
    void justWithinMaxAgeIsAccepted() {
        Instant iat = Instant.now().minus(Duration.ofMinutes(59));
        expect(TestTokens.client("all-client").secret("all-secret").issuedAt(iat).bearer(), 200, null);
    }

    @Test
    void iatFourMinutesAheadIsAcceptedWithinLeeway() {
        Instant ahead = Instant.now().plus(Duration.ofMinutes(4));
        expect(TestTokens.client("all-client").secret("all-secret").issuedAt(ahead).bearer(), 200, null);
    }

    @Test
    void iatFarInTheFutureIsRefused() {
        Instant ahead = Instant.now().plus(Duration.ofMinutes(30));
        expect(TestTokens.client("all-client").secret("all-secret").issuedAt(ahead).bearer(), 403, "jwt-immature");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        expect(TestTokens.client("all-client").algorithm("none").bearer(), 403, "invalid-jwt-signature");
    }

    @Test
    void onlyHs256IsAcceptedEvenWithTheRightSecret() {
        expect(TestTokens.client("all-client").secret("all-secret").algorithm("HS512").bearer(), 403,
                "invalid-jwt-signature");
        expect(TestTokens.client("all-client").secret("all-secret").algorithm("HS384").bearer(), 403,
                "invalid-jwt-signature");
    }

    /** The max age counts from iat exactly; the leeway is only for clocks that run ahead (iat in the future). */
    @Test
    void maxAgeHasNoLeeway() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        JwtZgwVerifier verifier = verifier(Duration.ofMinutes(5), now);
        Instant exactlyMaxAge = now.minus(Duration.ofHours(1));
        assertEquals("all-client", verifier.verify(TestTokens.client("all-client").secret("all-secret")
                .issuedAt(exactlyMaxAge).bearer()).clientId());
        ZgwException tooOld = assertThrows(ZgwException.class, () -> verifier.verify(TestTokens.client("all-client")
                .secret("all-secret").issuedAt(exactlyMaxAge.minusSeconds(1)).bearer()));
        assertEquals("jwt-expired", tooOld.code());
        assertEquals(403, tooOld.status());
        Instant aheadWithinLeeway = now.plus(Duration.ofMinutes(5));
        assertEquals("all-client", verifier.verify(TestTokens.client("all-client").secret("all-secret")
                .issuedAt(aheadWithinLeeway).bearer()).clientId());
        assertEquals("jwt-immature", assertThrows(ZgwException.class, () -> verifier.verify(TestTokens
                .client("all-client").secret("all-secret").issuedAt(aheadWithinLeeway.plusSeconds(1)).bearer()))
                .code());
    }

    @Test
    void aLeewayBelowFiveMinutesIsRefusedAtStartup() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> verifier(Duration.ofMinutes(4), Instant.now()));
        assertTrue(e.getMessage().contains("zgw.auth.jwt.leeway"), e.getMessage());
    }

    private static JwtZgwVerifier verifier(Duration leeway, Instant now) {
        ZgwAuthConfig config = new ZgwAuthConfig() {
            public Optional<String> clients() {
                return Optional.empty();
            }

            public Jwt jwt() {
                return new Jwt() {
                    public Duration maxAge() {
                        return Duration.ofHours(1);
                    }

                    public Duration leeway() {
                        return leeway;
                    }
                };
            }

            public Service service() {
                throw new UnsupportedOperationException();
            }
        };
        ClientSecrets secrets = id -> id.equals("all-client") ? Optional.of("all-secret") : Optional.empty();
        return new JwtZgwVerifier(secrets, config, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void headerWithoutBearerPrefixIsStillRead() {
        expect(TestTokens.client("all-client").secret("all-secret").token(), 200, null);
    }
}
