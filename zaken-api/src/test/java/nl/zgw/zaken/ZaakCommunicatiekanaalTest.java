package nl.zgw.zaken;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * zrc-010: a communicatiekanaal is a resource of a Referentielijsten API, known by its shape (url, naam,
 * omschrijving) whatever its URL looks like, as the reference checks it. The WireMock behind the allow-listed
 * {@code contactmomenten.test} root stands in for such a list.
 */
@QuarkusTest
class ZaakCommunicatiekanaalTest {

    private static final String LIJST = "http://contactmomenten.test/contactmomenten/api/v1";

    @InjectWireMock
    WireMockServer wireMock;

    @Test
    void zrc010aCommunicatiekanaalOfTheRightShapeIsTaken() {
        wireMock.stubFor(get(urlPathEqualTo("/contactmomenten/api/v1/kanaal")).willReturn(okJson(
                "{\"url\": \"http://example.com\", \"naam\": \"post\", \"omschrijving\": \"per post\"}")));
        Map<String, Object> body = zaakBody(Fixtures.zaaktype().url());
        body.put("communicatiekanaal", LIJST + "/kanaal");
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(201)
                .body("communicatiekanaal", equalTo(LIJST + "/kanaal"));
    }

    @Test
    void zrc010bAnAnswerOfAnotherShapeIsInvalidResource() {
        wireMock.stubFor(get(urlPathEqualTo("/contactmomenten/api/v1/iets-anders")).willReturn(okJson("{}")));
        Map<String, Object> body = zaakBody(Fixtures.zaaktype().url());
        body.put("communicatiekanaal", LIJST + "/iets-anders");
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'communicatiekanaal' }.code", hasItem("invalid-resource"));
    }
}
