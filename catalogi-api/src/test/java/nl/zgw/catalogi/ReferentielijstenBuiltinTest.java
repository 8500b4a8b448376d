package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The built-in read-only Referentielijsten endpoint: public, the bundled data, URLs of this server, filters. */
@QuarkusTest
class ReferentielijstenBuiltinTest {

    private static final String RL = "/referentielijsten/api/v1";

    @Test
    void procestypenWithoutAuthentication() {
        given().get(RL + "/procestypen").then().statusCode(200)
                .body("size()", equalTo(29))
                .body("[0].url", startsWith("http://localhost:"))
                .body("[0].url", endsWith(RL + "/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b"))
                .body("[0].nummer", equalTo(1));
        given().get(RL + "/procestypen?jaar=2020").then().body("size()", equalTo(29));
        given().get(RL + "/procestypen?jaar=1999").then().body("size()", equalTo(0));
        given().get(RL + "/procestypen?jaar=x").then().statusCode(400);
        given().get(RL + "/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b").then().statusCode(200)
                .body("naam", equalTo("Instellen en inrichten organisatie"));
        given().get(RL + "/procestypen/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void resultatenArePaginatedAndFilteredByProcesType() {
        given().get(RL + "/resultaten").then().statusCode(200).body("count", equalTo(346))
                .body("results", hasSize(100)).body("next", containsString("page=2"));
        String procestype = given().get(RL + "/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b").path("url");
        given().queryParam("procesType", procestype).get(RL + "/resultaten").then().statusCode(200)
                .body("results.procesType", everyItem(equalTo(procestype)))
                .body("count", greaterThan(0));
        given().get(RL + "/resultaten/6711baff-798b-4c7f-9133-8ad02c8b7c6f").then().statusCode(200)
                .body("waardering", equalTo("vernietigen")).body("procestermijn", equalTo("nihil"))
                .body("procesType", endsWith("/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b"));
        given().get(RL + "/resultaten?onbekend=1").then().statusCode(400);
    }

    @Test
    void resultaattypeomschrijvingen() {
        given().get(RL + "/resultaattypeomschrijvingen").then().statusCode(200).body("size()", equalTo(3))
                .body("[0].omschrijving", equalTo("Afgewezen"));
        given().get(RL + "/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7").then()
                .statusCode(200).body("url", containsString("/resultaattypeomschrijvingen/"));
    }

    @Test
    void urlsFollowTheForwardedHost() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "zgw.example.nl")
                .get(RL + "/resultaattypeomschrijvingen").then()
                .body("[0].url", startsWith("https://zgw.example.nl" + RL + "/resultaattypeomschrijvingen/"));
    }
}
