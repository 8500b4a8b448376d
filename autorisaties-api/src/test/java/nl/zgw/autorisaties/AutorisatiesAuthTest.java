package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.testing.OfficialOpenApi.Operation;
import nl.zgw.testing.contract.AuthContract;
import nl.zgw.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.zgw.autorisaties.support.Ac.APPLICATIES;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every operation without a token or without a scope answers 403 ({@link AuthContract}). Scopes of the AC's own
 * operations (autorisaties.lezen / autorisaties.bijwerken), JWT failures, and the guarantee
 * that a change to an Applicatie or a secret takes effect on the very next request. Every client here is made
 * through the running service's own APIs.
 */
@QuarkusTest
class AutorisatiesAuthTest extends AuthContract {

    AutorisatiesAuthTest() {
        super(Ac.ROOT);
    }

    /** A client with an Applicatie whose only autorisatie is of component ac, without scopes. */
    @Override
    protected RequestSpecification withoutScopes() {
        String id = unique("zonder-scopes");
        return Ac.as(id, Ac.client(id));
    }

    @Override
    protected RequestSpecification prepare(Operation operation, RequestSpecification request) {
        return operation.path().endsWith("/consumer") ? request.queryParam("clientId", "bestaat-niet") : request;
    }

    static Map<String, Object> body(String clientId) {
        return Map.of("clientIds", List.of(clientId), "label", "x", "heeftAlleAutorisaties", true);
    }

    @Test
    void lezenMayReadButNotWrite() {
        String id = unique("lezer");
        String secret = Ac.client(id, "autorisaties.lezen");
        String url = Ac.applicatie(body(unique("target")));
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(200);
        Ac.as(id, secret).get(path(url)).then().statusCode(200);
        Ac.as(id, secret).queryParam("clientId", id).get(APPLICATIES + "/consumer").then().statusCode(200);
        Ac.as(id, secret).body(body(unique("n"))).post(APPLICATIES).then().statusCode(403)
                .body("code", equalTo("permission_denied"));
        Ac.as(id, secret).body(body(unique("n"))).put(path(url)).then().statusCode(403);
        Ac.as(id, secret).body(Map.of("label", "y")).patch(path(url)).then().statusCode(403);
        Ac.as(id, secret).delete(path(url)).then().statusCode(403);
    }

    @Test
    void bijwerkenMayWriteButNotRead() {
        String id = unique("schrijver");
        String secret = Ac.client(id, "autorisaties.bijwerken");
        String url = Ac.as(id, secret).body(body(unique("n"))).post(APPLICATIES).then().statusCode(201)
                .extract().path("url");
        Ac.as(id, secret).body(Map.of("label", "y")).patch(path(url)).then().statusCode(200);
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(403);
        Ac.as(id, secret).delete(path(url)).then().statusCode(204);
    }

    @Test
    void scopesOfAnotherComponentDoNotCount() {
        String id = unique("ztc-only");
        String secret = Ac.credential(id);
        Ac.applicatie(Map.of("clientIds", List.of(id), "label", "x",
                "autorisaties", List.of(Map.of("component", "ztc", "scopes", List.of("autorisaties.lezen")))));
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(403);
    }

    @Test
    void credentialWithoutApplicatieMayDoNothing() {
        Ac.as("zonder-applicatie", "zonder-applicatie-secret").get(APPLICATIES).then().statusCode(403)
                .body("code", equalTo("permission_denied"));
    }

    @Test
    void jwtFailuresAre403WithTheirCodes() {
        given().get(APPLICATIES).then().statusCode(403).body("code", equalTo("not_authenticated"));
        given().header("Authorization", "Bearer nonsense").get(APPLICATIES).then().statusCode(403)
                .body("code", equalTo("jwt-decode-error"));
        given().header("Authorization", TestTokens.client("ac-admin").withoutClientId().secret("ac-admin-secret").bearer())
                .get(APPLICATIES).then().statusCode(403).body("code", equalTo("missing-client-identifier"));
        Ac.as(unique("unknown"), "x").get(APPLICATIES).then().statusCode(403)
                .body("code", equalTo("invalid-client-identifier"));
        Ac.as("ac-admin", "wrong").get(APPLICATIES).then().statusCode(403)
                .body("code", equalTo("invalid-jwt-signature"));
    }

    @Test
    void aNewApplicatieWorksOnTheVeryNextRequest() {
        String id = unique("instant");
        String secret = Ac.credential(id);
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(403);
        Ac.applicatie(Ac.acApplicatie(id, "autorisaties.lezen"));
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(200);
    }

    @Test
    void aRevokedScopeStopsOnTheVeryNextRequest() {
        String id = unique("revoke");
        String secret = Ac.credential(id);
        String url = Ac.applicatie(Ac.acApplicatie(id, "autorisaties.lezen"));
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(200);
        admin().body(Map.of("autorisaties", List.of(Map.of("component", "ac", "scopes", List.of()))))
                .patch(path(url)).then().statusCode(200);
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(403);
        admin().body(Map.of("autorisaties", List.of(Map.of("component", "ac",
                "scopes", List.of("autorisaties.lezen"))))).patch(path(url)).then().statusCode(200);
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(200);
        admin().delete(path(url)).then().statusCode(204);
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(403);
    }

    @Test
    void aRotatedSecretStopsTheOldOneOnTheVeryNextRequest() {
        String id = unique("rotate");
        String old = Ac.client(id, "autorisaties.lezen");
        Ac.as(id, old).get(APPLICATIES).then().statusCode(200);
        String fresh = admin().body(Map.of()).put(Ac.CLIENTS + "/" + id + "/secret").then().statusCode(200)
                .extract().path("secret");
        Ac.as(id, old).get(APPLICATIES).then().statusCode(403).body("code", equalTo("invalid-jwt-signature"));
        Ac.as(id, fresh).get(APPLICATIES).then().statusCode(200);
        admin().delete(Ac.CLIENTS + "/" + id).then().statusCode(204);
        Ac.as(id, fresh).get(APPLICATIES).then().statusCode(403).body("code", equalTo("invalid-client-identifier"));
    }

    @Test
    void heeftAlleAutorisatiesMayDoEverything() {
        String id = unique("alles");
        String secret = Ac.credential(id);
        Ac.applicatie(body(id));
        Ac.as(id, secret).get(APPLICATIES).then().statusCode(200);
        Ac.as(id, secret).body(body(unique("n"))).post(APPLICATIES).then().statusCode(201);
        Ac.as(id, secret).get(APPLICATIES + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
