package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.support.Nrc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Notificaties lists as declarations: {@code GET /kanaal} (filter {@code naam}) and {@code GET /abonnement} (no
 * filters) are plain arrays as the 1.0 file has them (no page envelope), oldest first; anything else is unknown.
 */
@QuarkusTest
class KanaalLijstTest {

    @Test
    void kanalenAreAPlainArrayOldestFirst() {
        String eerste = Nrc.kanaal();
        String tweede = Nrc.kanaal();
        List<String> namen = as(consumer()).get(ROOT + "/kanaal").then().statusCode(200)
                .body("$", instanceOf(List.class)).extract().path("naam");
        assertEquals(1, namen.indexOf(tweede) - namen.indexOf(eerste));
        as(consumer()).queryParam("naam", tweede).get(ROOT + "/kanaal").then().statusCode(200)
                .body("naam", equalTo(List.of(tweede)));
        as(consumer()).queryParam("naam", "").get(ROOT + "/kanaal").then().statusCode(200)
                .body("naam", hasItems(eerste, tweede));
    }

    @Test
    void listParametersOfTheOtherListAreUnknown() {
        as(publisher()).queryParam("naam", "x").get(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.code", equalTo("unknown-parameters"))
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Onbekende query parameters: naam"));
        as(publisher()).queryParam("naam__in", "x").queryParam("page", "1").get(ROOT + "/kanaal").then()
                .statusCode(400)
                .body("invalidParams.find { it.name == 'nonFieldErrors' }.reason",
                        equalTo("Onbekende query parameters: naam__in, page"));
    }
}
