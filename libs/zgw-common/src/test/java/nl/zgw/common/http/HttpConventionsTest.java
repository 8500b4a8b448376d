package nl.zgw.common.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.asAll;
import static nl.zgw.common.support.Problem.assertFout;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** API-version (§1.1), ETag/HEAD/If-None-Match (§1.5) and the CRS headers (§1.6). */
@QuarkusTest
class HttpConventionsTest {

    static final String THING = "/test/api/v1/things/00000000-0000-0000-0000-000000000007";
    static final String GEO = "/test/api/v1/things/geo";

    @Test
    void everyResponseCarriesApiVersion() {
        asAll().get(THING).then().statusCode(200).header("API-version", "9.9.9");
        assertFout(asAll().get("/test/api/v1/things?foo=1"), 400, "invalid").header("API-version", "9.9.9");
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
        assertFout(asAll().get(GEO), 412, "precondition_failed").body("detail", containsString("Accept-Crs"));
        assertFout(asAll().header("Accept-Crs", "EPSG:28992").get(GEO), 406, "not_acceptable");
        asAll().header("Accept-Crs", "EPSG:4326").get(GEO).then().statusCode(200)
                .header("Content-Crs", "EPSG:4326");
    }

    @Test
    void aWriteNeedsContentCrsToo() {
        String thing = "{\"naam\": \"geo\"}";
        assertFout(asAll().header("Accept-Crs", "EPSG:4326").contentType("application/json").body(thing).post(GEO),
                412, "precondition_failed").body("detail", containsString("Content-Crs"));
        assertFout(asAll().header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:28992")
                .contentType("application/json").body(thing).post(GEO), 406, "not_acceptable");
        assertFout(asAll().header("Content-Crs", "EPSG:4326").contentType("application/json").body(thing).post(GEO),
                412, "precondition_failed").body("detail", containsString("Accept-Crs"));
        asAll().header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326").contentType("application/json")
                .body(thing).post(GEO).then().statusCode(200).header("Content-Crs", "EPSG:4326")
                .body("naam", equalTo("geo"));
    }

    @Test
    void publicUrlsFollowForwardedHeaders() {
        String url = asAll().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "gw.example.nl:8443")
                .get(THING).then().statusCode(200).extract().path("url");
        assertEquals("https://gw.example.nl:8443/test/api/v1/things/00000000-0000-0000-0000-000000000007", url);
    }
}
