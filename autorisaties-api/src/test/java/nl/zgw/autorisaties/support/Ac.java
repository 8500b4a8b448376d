package nl.zgw.autorisaties.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Requests against the running Autorisaties API, as the bootstrapped admin or as clients made through the API. */
public final class Ac {

    public static final String ROOT = "/autorisaties/api/v1";
    public static final String APPLICATIES = ROOT + "/applicaties";
    public static final String CLIENTS = "/beheer/v1/clients";

    private Ac() {
    }

    /** The bootstrap client {@code ac-admin} (heeftAlleAutorisaties). */
    public static RequestSpecification admin() {
        return as("ac-admin", "ac-admin-secret");
    }

    public static RequestSpecification as(String clientId, String secret) {
        return RestAssured.given().header("Authorization", TestTokens.client(clientId).secret(secret).bearer())
                .contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a credential through the management API; returns the secret. */
    public static String credential(String clientId) {
        return admin().body(Map.of("clientId", clientId)).post(CLIENTS)
                .then().statusCode(201).extract().path("secret");
    }

    /** Creates an Applicatie through the API; returns its url. */
    public static String applicatie(Map<String, Object> body) {
        return admin().body(body).post(APPLICATIES).then().statusCode(201).extract().path("url");
    }

    /** An Applicatie for {@code clientId} with one autorisatie of component ac with the given scopes. */
    public static Map<String, Object> acApplicatie(String clientId, String... scopes) {
        return Map.of("clientIds", List.of(clientId), "label", "App " + clientId,
                "autorisaties", List.of(Map.of("component", "ac", "scopes", List.of(scopes))));
    }

    public static String path(String url) {
        return url.substring(url.indexOf(ROOT));
    }

    /** A client with a credential and an Applicatie with these ac scopes; returns its secret. */
    public static String client(String clientId, String... acScopes) {
        String secret = credential(clientId);
        applicatie(acApplicatie(clientId, acScopes));
        return secret;
    }

    public static void expectInvalid(io.restassured.response.Response r, String name, String code) {
        r.then().statusCode(400).contentType("application/problem+json").body("code", equalTo("invalid"))
                .body("invalidParams.find { it.name == '" + name + "' }.code", equalTo(code));
    }
}
