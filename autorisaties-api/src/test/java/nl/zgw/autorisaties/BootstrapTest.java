package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.service.Bootstrap;
import nl.zgw.autorisaties.support.Ac;
import org.junit.jupiter.api.Test;

import static nl.zgw.autorisaties.support.Ac.APPLICATIES;
import static nl.zgw.autorisaties.support.Ac.admin;
import static org.hamcrest.Matchers.*;

/**
 * Startup bootstrap (%test profile): {@code zgw.auth.clients=ac-admin:...:all,zonder-applicatie:...},
 * {@code zgw.ac.service-clients=zgw-zaken-api:...} and this service's own credential.
 */
@QuarkusTest
class BootstrapTest {

    @Inject
    Bootstrap bootstrap;

    @Test
    void anAllClientGetsAnApplicatieWithHeeftAlleAutorisaties() {
        admin().queryParam("clientId", "ac-admin").get(APPLICATIES + "/consumer").then().statusCode(200)
                .body("[0].heeftAlleAutorisaties", equalTo(true)).body("[0].autorisaties", empty());
    }

    @Test
    void aClientWithoutAllGetsOnlyItsCredential() {
        admin().queryParam("clientId", "zonder-applicatie").get(APPLICATIES + "/consumer").then().statusCode(404);
        admin().get(Ac.CLIENTS + "/zonder-applicatie").then().statusCode(200);
    }

    @Test
    void servicesGetTheirOwnApplicatie() {
        admin().queryParam("clientId", "zgw-zaken-api").get(APPLICATIES + "/consumer").then().statusCode(200)
                .body("[0].label", equalTo("ZGW-service zgw-zaken-api"))
                .body("[0].heeftAlleAutorisaties", equalTo(true));
        admin().queryParam("clientId", "zgw-autorisaties-api").get(APPLICATIES + "/consumer").then().statusCode(200);
        Ac.as("zgw-zaken-api", "zaken-service-secret").get(APPLICATIES).then().statusCode(200);
    }

    @Test
    void aSecondRunChangesNothing() {
        int before = admin().queryParam("clientIds", "ac-admin").get(APPLICATIES).then().extract().path("count");
        bootstrap.run();
        admin().queryParam("clientIds", "ac-admin").get(APPLICATIES).then().body("count", equalTo(before));
        admin().queryParam("clientIds", "zgw-zaken-api").get(APPLICATIES).then().body("count", equalTo(1));
        Ac.as("zgw-zaken-api", "zaken-service-secret").get(APPLICATIES).then().statusCode(200);
    }
}
