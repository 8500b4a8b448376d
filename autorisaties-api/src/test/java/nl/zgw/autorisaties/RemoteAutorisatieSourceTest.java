package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import nl.zgw.autorisaties.support.Ac;
import nl.zgw.common.testfixtures.RemoteAutorisaties;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.ac.AutorisatiesApi;
import nl.zgw.common.security.ac.AutorisatiesApiSource;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.zgw.autorisaties.support.Ac.admin;
import static nl.zgw.autorisaties.support.Ac.path;
import static nl.zgw.autorisaties.support.Ac.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every other service does with {@code zgw.autorisaties.url} set (zgw-common's {@link AutorisatiesApi} and
 * {@link AutorisatiesApiSource}), against this running Autorisaties API: tokens verified here, the Applicatie read
 * here, and a change or deletion of an Applicatie visible on the very next request.
 */
@QuarkusTest
class RemoteAutorisatieSourceTest {

    static final String ZAAKTYPE = "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/7";

    AutorisatiesApi api() {
        return RemoteAutorisaties.api("http://localhost:" + RestAssured.port + "/autorisaties/api/v1",
                "zgw-zaken-api", "zaken-service-secret");
    }

    @Test
    void verifiesTheTokenAndReturnsTheCurrentApplicatie() {
        String id = unique("remote");
        String secret = Ac.credential(id);
        String url = Ac.applicatie(Map.of("clientIds", List.of(id), "label", "Remote", "autorisaties", List.of(
                Map.of("component", "zrc", "scopes", List.of("zaken.lezen"), "zaaktype", ZAAKTYPE,
                        "maxVertrouwelijkheidaanduiding", "intern"))));
        String token = TestTokens.client(id).secret(secret).user("u1", "Gebruiker Een").token();

        AutorisatiesApi.Verified v = api().verify(token);
        assertThat(v.caller().clientId(), equalTo(id));
        assertThat(v.caller().userId(), equalTo("u1"));
        assertThat(v.caller().userRepresentation(), equalTo("Gebruiker Een"));
        assertThat(v.applicatie().label(), equalTo("Remote"));
        assertThat(v.applicatie().autorisaties(), hasSize(1));
        assertThat(v.applicatie().autorisaties().get(0).zaaktype(), equalTo(ZAAKTYPE));
        assertThat(v.applicatie().autorisaties().get(0).maxVertrouwelijkheidaanduiding(),
                equalTo(Vertrouwelijkheidaanduiding.INTERN));

        // the next request sees the change ...
        admin().body(Map.of("autorisaties", List.of(Map.of("component", "zrc", "scopes", List.of("zaken.lezen"),
                "zaaktype", ZAAKTYPE, "maxVertrouwelijkheidaanduiding", "openbaar")))).patch(path(url))
                .then().statusCode(200);
        assertThat(api().verify(token).applicatie().autorisaties().get(0).maxVertrouwelijkheidaanduiding(),
                equalTo(Vertrouwelijkheidaanduiding.OPENBAAR));

        // ... and the deletion
        admin().delete(path(url)).then().statusCode(204);
        assertThat(api().verify(token).applicatie(), nullValue());
    }

    @Test
    void aBadTokenGivesTheSame403CodeAsLocalVerification() {
        String id = unique("remote-bad");
        Ac.client(id, "autorisaties.lezen");
        ZgwException bad = assertThrows(ZgwException.class,
                () -> api().verify(TestTokens.client(id).secret("wrong").token()));
        assertThat(bad.status(), equalTo(403));
        assertThat(bad.code(), equalTo("invalid-jwt-signature"));
        ZgwException unknown = assertThrows(ZgwException.class,
                () -> api().verify(TestTokens.client(unique("nobody")).token()));
        assertThat(unknown.code(), equalTo("invalid-client-identifier"));
    }

    @Test
    void aRotatedSecretIsRefusedOnTheNextRequest() {
        String id = unique("remote-rot");
        String secret = Ac.client(id, "autorisaties.lezen");
        String token = TestTokens.client(id).secret(secret).token();
        api().verify(token);
        admin().body(Map.of()).put(Ac.CLIENTS + "/" + id + "/secret").then().statusCode(200);
        ZgwException e = assertThrows(ZgwException.class, () -> api().verify(token));
        assertThat(e.code(), equalTo("invalid-jwt-signature"));
    }

    @Test
    void theIntrospectionEndpointIsOnlyForCallersWithAutorisatiesLezenAndTheServiceSees503() {
        String id = unique("no-lezen");
        String secret = Ac.client(id, "autorisaties.bijwerken");
        String consumer = TestTokens.client("ac-admin").secret("ac-admin-secret").token();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TestTokens.client(id).secret(secret).token())
                .body(Map.of("token", consumer)).post("/beheer/v1/introspectie")
                .then().statusCode(403).body("code", equalTo("permission_denied"));
        // the consumer is not to blame for the service's missing scope
        ZgwException e = assertThrows(ZgwException.class, () -> RemoteAutorisaties.api(
                "http://localhost:" + RestAssured.port + "/autorisaties/api/v1", id, secret).verify(consumer));
        assertThat(e.status(), equalTo(503));
        assertThat(e.code(), equalTo("autorisaties-unavailable"));
        ZgwException badSecret = assertThrows(ZgwException.class, () -> RemoteAutorisaties.api(
                "http://localhost:" + RestAssured.port + "/autorisaties/api/v1", "zgw-zaken-api", "wrong")
                .verify(consumer));
        assertThat(badSecret.status(), equalTo(503));
    }

    @Test
    void aRefusedConsumerTokenIsAnsweredInactiveWithItsCode() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.client("zgw-zaken-api").secret("zaken-service-secret").token())
                .body(Map.of("token", TestTokens.client("ac-admin").secret("wrong").token()))
                .post("/beheer/v1/introspectie")
                .then().statusCode(200).body("active", equalTo(false))
                .body("code", equalTo("invalid-jwt-signature")).body("detail", not(emptyString()));
    }

    @Test
    void sourceReadsTheApplicatieByClientIdWhenNoVerificationCameWithTheRequest() {
        String id = unique("remote-src");
        String url = Ac.applicatie(Map.of("clientIds", List.of(id), "label", "Src", "heeftAlleAutorisaties", true,
                "alleenIsGereedVoorPublicatie", true));
        AutorisatiesApiSource source = new AutorisatiesApiSource(api(), RemoteAutorisaties.auth("zgw-zaken-api", null));
        Applicatie app = source.applicatie(id).orElseThrow();
        assertThat(app.heeftAlleAutorisaties(), equalTo(true));
        assertThat(app.alleenIsGereedVoorPublicatie(), equalTo(true));
        admin().delete(path(url)).then().statusCode(204);
        assertThat(source.applicatie(id).isPresent(), equalTo(false));
    }

    @Test
    void anUnreachableAutorisatiesApiIs503NotAnOpenDoor() {
        ZgwException e = assertThrows(ZgwException.class, () -> RemoteAutorisaties.api(
                "http://localhost:1/autorisaties/api/v1", "zgw-zaken-api", "zaken-service-secret")
                .verify(TestTokens.client("ac-admin").secret("ac-admin-secret").token()));
        assertThat(e.status(), equalTo(503));
        assertThat(e.code(), equalTo("autorisaties-unavailable"));
    }
}
