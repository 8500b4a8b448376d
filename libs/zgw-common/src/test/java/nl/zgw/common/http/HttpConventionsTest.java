package nl.zgw.common.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** API-version (§1.1), ETag/HEAD/If-None-Match (§1.5) and the CRS headers (§1.6). */
@QuarkusTest
class HttpConventionsTest {

    static final String THING = "/test/api/v1/things/00000000-0000-0000-0000-000000000007";

    @Test
    void everyResponseCarriesApiVersion() {
        asAll().get(THING).then().statusCode(200).header("API-version", "9.9.9");
        asAll().get("/test/api/v1/things?foo=1").then().statusCode(400).header("API-version", "9.9.9");
        RestAssured.get(THING).then().statusCode(403).header("API-version", "9.9.9");
        RestAssured.get("/q/health").then().header("API-version", "9.9.9");
        RestAssured.get("/no/such/path").then().statusCode(404).header("API-version", "9.9.9");
    }

    @Test
    void detailCarriesETagAndIfNoneMatchGives304() {
        String etag = asAll().get(THING).then().statusCode(200).header("ETag", matchesRegex("\"[0-9a-f]{32}\""))
                .extract().header("ETag");
        asAll().header("If-None-Match", etag).get(THING)
                .then().statusCode(304).body(emptyString());
        asAll().header("If-None-Match", "\"other\", " + etag).get(THING).then().statusCode(304);
        asAll().header("If-None-Match", "\"other\"").get(THING)
                .then().statusCode(200).header("ETag", etag).body("naam", equalTo("thing-7"));
    }

    @Test
    void etagDependsOnTheHost() {
        String here = asAll().get(THING).then().extract().header("ETag");
        String there = asAll().header("X-Forwarded-Host", "elders.nl").get(THING).then().extract().header("ETag");
        assertNotEquals(here, there);
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() {
        String etag = asAll().get(THING).then().extract().header("ETag");
        asAll().head(THING).then().statusCode(200).header("ETag", etag).header("API-version", "9.9.9")
                .body(emptyString());
        asAll().header("If-None-Match", etag).head(THING).then().statusCode(304);
    }

    @Test
    void crsHeadersAreRequiredAndMustBeWgs84() {
        asAll().get("/test/api/v1/things/geo").then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("precondition_failed"));
        asAll().header("Accept-Crs", "EPSG:28992").get("/test/api/v1/things/geo").then().statusCode(406)
                .body("code", equalTo("not_acceptable"));
        asAll().header("Accept-Crs", "EPSG:4326").get("/test/api/v1/things/geo").then().statusCode(200)
                .header("Content-Crs", "EPSG:4326");
    }

    @Test
    void publicUrlsFollowForwardedHeaders() {
        String url = asAll().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "gw.example.nl:8443")
                .get(THING).then().statusCode(200).extract().path("url");
        assertEquals("https://gw.example.nl:8443/test/api/v1/things/00000000-0000-0000-0000-000000000007", url);
    }
}
