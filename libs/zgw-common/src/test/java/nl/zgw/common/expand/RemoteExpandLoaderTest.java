package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expanding into another API over the ReferenceClient (WireMock plays the Catalogi API): each distinct URL of a page
 * is fetched once, a cached one not again, and one that is not allow-listed or cannot be fetched is left out.
 */
@QuarkusTest
class RemoteExpandLoaderTest {

    static final String ZTC = "http://ztc.example.nl/catalogi/api/v1";

    @InjectWireMock
    WireMockServer other;
    @Inject
    ReferenceClient client;

    @Test
    void aPageOfZakenFetchesEachZaaktypeOnceAndLeavesOutWhatCannotBeFetched() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String weg = UUID.randomUUID().toString();
        other.stubFor(get("/internal-ztc/zaaktypen/" + a).willReturn(okJson(
                "{\"url\": \"" + ZTC + "/zaaktypen/" + a + "\", \"omschrijving\": \"A\"}")));
        other.stubFor(get("/internal-ztc/zaaktypen/" + b).willReturn(okJson(
                "{\"url\": \"" + ZTC + "/zaaktypen/" + b + "\", \"omschrijving\": \"B\"}")));
        other.stubFor(get("/internal-ztc/zaaktypen/" + weg).willReturn(notFound()));
        ExpandModel model = ExpandModel.builder().resource("zaken").toOne("zaaktype", "zaaktypen")
                .resource("zaaktypen").build();
        Expander expander = new Expander(model, ExpandLoaders.of(Map.of("zaaktypen", new RemoteExpandLoader(client))),
                ExpandAutorisatie.ALLES);
        ObjectMapper m = new ObjectMapper();
        List<ObjectNode> page = new ArrayList<>();
        for (String zt : List.of(a, b, a, a, weg)) {
            page.add(m.createObjectNode().put("zaaktype", ZTC + "/zaaktypen/" + zt));
        }
        page.add(m.createObjectNode().put("zaaktype", "http://elders.example.nl/zaaktypen/" + a));

        expander.expand("zaken", page, expander.parse("zaken", "zaaktype"));
        assertEquals(List.of("A", "B", "A", "A", "", ""), page.stream()
                .map(z -> z.at("/_expand/zaaktype/omschrijving").asText("")).toList());
        assertEquals(0, page.get(4).at("/_expand/zaaktype").size());
        other.verify(1, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/" + a)));
        other.verify(1, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/" + b)));

        // the next page reuses the client's cache
        List<ObjectNode> next = List.of(m.createObjectNode().put("zaaktype", ZTC + "/zaaktypen/" + a));
        expander.expand("zaken", next, expander.parse("zaken", "zaaktype"));
        assertEquals("A", next.get(0).at("/_expand/zaaktype/omschrijving").asText());
        other.verify(1, getRequestedFor(urlEqualTo("/internal-ztc/zaaktypen/" + a)));
    }
}
