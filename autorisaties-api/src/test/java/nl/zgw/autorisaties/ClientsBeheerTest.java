package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.support.Ac;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.autorisaties.support.Ac.CLIENTS;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/** The credentials management API {@code /beheer/v1/clients}: only for heeftAlleAutorisaties, secrets shown once. */
@QuarkusTest
class ClientsBeheerTest {

    @Test
    void createWithAGeneratedSecretShowsItOnce() {
        String id = unique("gen");
        var r = admin().body(Map.of("clientId", id)).post(CLIENTS);
        r.then().statusCode(201).body("clientId", equalTo(id)).body("secret", not(emptyOrNullString()));
        assertThat(r.header("Location"), endsWith(CLIENTS + "/" + id));
        String secret = r.path("secret");
        assertThat(secret.length(), greaterThanOrEqualTo(40));
        admin().get(CLIENTS + "/" + id).then().statusCode(200).body("clientId", equalTo(id))
                .body("$", not(hasKey("secret"))).body("aangemaakt", notNullValue());
        String list = admin().get(CLIENTS).then().statusCode(200).extract().asString();
        assertThat(list, containsString(id));
        assertThat(list, not(containsString(secret)));
    }

    @Test
    void createWithAGivenSecret() {
        String id = unique("given");
        admin().body(Map.of("clientId", id, "secret", "mijn-geheim")).post(CLIENTS).then().statusCode(201)
                .body("secret", equalTo("mijn-geheim"));
        Ac.applicatie(Ac.acApplicatie(id, "autorisaties.lezen"));
        Ac.as(id, "mijn-geheim").get(Ac.APPLICATIES).then().statusCode(200);
    }

    @Test
    void validation() {
        String id = unique("dup");
        Ac.credential(id);
        Ac.expectInvalid(admin().body(Map.of("clientId", id)).post(CLIENTS), "clientId", "unique");
        Ac.expectInvalid(admin().body(Map.of()).post(CLIENTS), "clientId", "required");
        Ac.expectInvalid(admin().body(Map.of("clientId", "x".repeat(51))).post(CLIENTS), "clientId", "max_length");
        Ac.expectInvalid(admin().body(Map.of("clientId", "a", "secret", " ")).post(CLIENTS), "secret", "blank");
    }

    @Test
    void rotateAndDelete() {
        String id = unique("rot");
        String first = Ac.credential(id);
        admin().body(Map.of("secret", "nieuw-geheim")).put(CLIENTS + "/" + id + "/secret").then().statusCode(200)
                .body("secret", equalTo("nieuw-geheim"));
        String generated = admin().body(Map.of()).put(CLIENTS + "/" + id + "/secret").then().statusCode(200)
                .extract().path("secret");
        assertThat(generated, not(anyOf(equalTo(first), equalTo("nieuw-geheim"))));
        admin().delete(CLIENTS + "/" + id).then().statusCode(204);
        admin().get(CLIENTS + "/" + id).then().statusCode(404);
        admin().delete(CLIENTS + "/" + id).then().statusCode(404);
        admin().body(Map.of()).put(CLIENTS + "/" + id + "/secret").then().statusCode(404);
    }

    @Test
    void onlyForClientsWithHeeftAlleAutorisaties() {
        String id = unique("beheer-nee");
        String secret = Ac.credential(id);
        Ac.applicatie(Map.of("clientIds", List.of(id), "label", "x", "autorisaties", List.of(
                Map.of("component", "ac", "scopes", List.of("autorisaties.lezen", "autorisaties.bijwerken")))));
        Ac.as(id, secret).get(CLIENTS).then().statusCode(403).body("code", equalTo("permission_denied"));
        Ac.as(id, secret).body(Map.of("clientId", unique("x"))).post(CLIENTS).then().statusCode(403);
        Ac.as(id, secret).body(Map.of()).put(CLIENTS + "/" + id + "/secret").then().statusCode(403);
        Ac.as(id, secret).delete(CLIENTS + "/" + id).then().statusCode(403);
        io.restassured.RestAssured.given().get(CLIENTS).then().statusCode(403);
    }
}
