package nl.zgw.common.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zgw.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.hamcrest.Matchers.equalTo;

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
        Instant old = Instant.now().minus(Duration.ofHours(1)).minus(Duration.ofMinutes(6));
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
    void headerWithoutBearerPrefixIsStillRead() {
        expect(TestTokens.client("all-client").secret("all-secret").token(), 200, null);
    }
}
