package nl.zgw.common.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.TestTokens;

/** Requests as the configured clients of application.properties. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification asAll() {
        return as("all-client", "all-secret");
    }

    public static RequestSpecification as(String clientId, String secret) {
        return RestAssured.given().header("Authorization", TestTokens.client(clientId).secret(secret).bearer());
    }
}
