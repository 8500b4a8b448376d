package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.autorisaties.support.Ac.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /applicaties} as a filter declaration: pages of 100 with the exact next/previous URLs, newest first,
 * {@code clientIds} (every one held), and undeclared parameters.
 */
@QuarkusTest
class ApplicatieLijstTest {

    private static String list() {
        return "http://localhost:" + RestAssured.port + APPLICATIES;
    }

    @Test
    void moreThanHundredApplicatiesArePagedWithExactNextAndPrevious() {
        String laatste = null;
        for (int i = 0; i < 101; i++) {
            laatste = applicatie(Map.of("clientIds", List.of(unique("lijst")), "label", "Lijst " + i,
                    "heeftAlleAutorisaties", true));
        }
        int count = admin().get(APPLICATIES).then().statusCode(200)
                .body("results", hasSize(100))
                .body("results[0].url", equalTo(laatste))
                .body("previous", nullValue())
                .body("next", equalTo(list() + "?page=2"))
                .extract().path("count");
        int pages = (count + 99) / 100;
        List<String> last = admin().queryParam("page", pages).get(APPLICATIES).then().statusCode(200)
                .body("count", equalTo(count))
                .body("next", nullValue())
                .body("previous", equalTo(list() + "?page=" + (pages - 1)))
                .extract().path("results.url");
        assertEquals(count - (pages - 1) * 100, last.size());
        admin().queryParam("page", pages + 1).get(APPLICATIES).then().statusCode(404);
    }

    @Test
    void clientIdsListsTheApplicatieHoldingEveryOneAndKeepsTheFilterInTheLinks() {
        String a = unique("cid");
        String b = unique("cid");
        String url = applicatie(Map.of("clientIds", List.of(a, b), "label", "Twee", "heeftAlleAutorisaties", true));
        admin().queryParam("clientIds", b + " , " + a).get(APPLICATIES).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", equalTo(List.of(url)))
                .body("next", nullValue()).body("previous", nullValue());
        admin().queryParam("clientIds", a + "," + a).get(APPLICATIES).then().body("count", equalTo(1));
        admin().queryParam("clientIds", a + ",onbekend").get(APPLICATIES).then().body("count", equalTo(0));
        int all = admin().get(APPLICATIES).then().extract().path("count");
        admin().queryParam("clientIds", "").get(APPLICATIES).then().body("count", equalTo(all));
    }

    @Test
    void undeclaredParametersAreUnknown() {
        admin().queryParam("clientId", "x").get(APPLICATIES).then().statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("unknown-parameters"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Onbekende query parameters: clientId"));
    }
}
