package nl.zgw.common.paging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static nl.zgw.common.support.Api.asAll;
import static org.hamcrest.Matchers.*;

/** The list envelope of standard §1.2. */
@QuarkusTest
class PaginationTest {

    @Test
    void firstPageHasCountNextAndNoPrevious() {
        asAll().get("/test/api/v1/things?naam=x")
                .then().statusCode(200)
                .body("count", equalTo(250))
                .body("previous", nullValue())
                .body("next", matchesRegex("http://[^/]+/test/api/v1/things\\?naam=x&page=2"))
                .body("results", hasSize(100))
                .body("results[0].naam", equalTo("thing-0"));
    }

    @Test
    void pageOneEqualsNoPage() {
        String plain = asAll().get("/test/api/v1/things").then().statusCode(200).extract().path("results[99].naam");
        String first = asAll().get("/test/api/v1/things?page=1").then().statusCode(200).extract().path("results[99].naam");
        org.junit.jupiter.api.Assertions.assertEquals(plain, first);
    }

    @Test
    void lastPageHasPreviousAndNoNext() {
        asAll().get("/test/api/v1/things?page=3")
                .then().statusCode(200)
                .body("next", nullValue())
                .body("previous", endsWith("/test/api/v1/things?page=2"))
                .body("results", hasSize(50))
                .body("results[0].naam", equalTo("thing-200"));
    }

    @Test
    void pagePastTheEndIs404() {
        asAll().get("/test/api/v1/things?page=4")
                .then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void invalidPageIs404() {
        asAll().get("/test/api/v1/things?page=0").then().statusCode(404);
        asAll().get("/test/api/v1/things?page=abc").then().statusCode(404);
    }

    @Test
    void linksUseTheForwardedPublicUrl() {
        asAll().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "zgw.gemeente.nl")
                .header("X-Forwarded-Prefix", "/api-gw")
                .get("/test/api/v1/things")
                .then().statusCode(200)
                .body("next", equalTo("https://zgw.gemeente.nl/api-gw/test/api/v1/things?page=2"))
                .body("results[0].url", equalTo(
                        "https://zgw.gemeente.nl/api-gw/test/api/v1/things/00000000-0000-0000-0000-000000000000"));
    }
}
