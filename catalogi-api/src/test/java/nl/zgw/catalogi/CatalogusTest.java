package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /catalogussen: create, read, HEAD/ETag, PUT/PATCH, filters and their validation. */
@QuarkusTest
class CatalogusTest {

    @Test
    void createGivesLocationAndReadsBack() {
        Map<String, Object> body = catalogusBody();
        var r = admin(body).post(ROOT + "/catalogussen").then().statusCode(201)
                .body("domein", equalTo(body.get("domein"))).body("rsin", equalTo(body.get("rsin")))
                .body("zaaktypen", empty()).body("besluittypeOmschrijving", empty()).extract();
        String url = r.path("url");
        org.junit.jupiter.api.Assertions.assertEquals(url, r.header("Location"));
        as(admin()).get(path(url)).then().statusCode(200).body("contactpersoonBeheerNaam", equalTo("Beheerder"));
    }

    @Test
    void headAndIfNoneMatch() {
        String url = catalogus();
        String etag = as(admin()).get(path(url)).then().statusCode(200).extract().header("ETag");
        as(admin()).head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).header("If-None-Match", etag).get(path(url)).then().statusCode(304);
        as(admin()).header("If-None-Match", "\"other\"").get(path(url)).then().statusCode(200);
    }

    @Test
    void putAndPatch() {
        String url = catalogus();
        Map<String, Object> body = catalogusBody();
        body.put("naam", "Nieuw");
        admin(body).put(path(url)).then().statusCode(200).body("naam", equalTo("Nieuw"))
                .body("rsin", equalTo(body.get("rsin")));
        admin(Map.of("versie", "2")).patch(path(url)).then().statusCode(200).body("versie", equalTo("2"))
                .body("naam", equalTo("Nieuw"));
    }

    @Test
    void domeinAndRsinAreUnique() {
        Map<String, Object> body = catalogusBody();
        admin(body).post(ROOT + "/catalogussen").then().statusCode(201);
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "unique"))));
    }

    @Test
    void badInputGivesFieldCodes() {
        admin(Map.of()).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'domein' }.code", equalTo("required"))
                .body("invalidParams.find { it.name == 'rsin' }.code", equalTo("required"))
                .body("invalidParams.find { it.name == 'contactpersoonBeheerNaam' }.code", equalTo("required"));
        Map<String, Object> body = catalogusBody();
        body.put("domein", "TOOLONG");
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "domein"), hasEntry("code", "max_length"))));
        body = catalogusBody();
        body.put("rsin", "12345");
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid-length"));
        body.put("rsin", "123456789");
        admin(body).post(ROOT + "/catalogussen").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid"));
    }

    @Test
    void filters() {
        Map<String, Object> body = catalogusBody();
        admin(body).post(ROOT + "/catalogussen").then().statusCode(201);
        as(admin()).get(ROOT + "/catalogussen?domein=" + body.get("domein") + "&rsin=" + body.get("rsin"))
                .then().statusCode(200).body("count", equalTo(1)).body("results[0].rsin", equalTo(body.get("rsin")));
        as(admin()).get(ROOT + "/catalogussen?rsin__in=" + body.get("rsin") + ",000000000&domein__in="
                + body.get("domein")).then().statusCode(200).body("count", equalTo(1));
        as(admin()).get(ROOT + "/catalogussen?foo=bar").then().statusCode(400)
                .body("invalidParams.code", hasItem("unknown-parameters"));
        as(admin()).get(ROOT + "/catalogussen?page=999999").then().statusCode(404);
        as(admin()).get(ROOT + "/catalogussen?expand=nope").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid-expand-field"));
    }
}
