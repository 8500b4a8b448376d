package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.uuidOf;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** POST /zaken/_zoek: the list filters in the body plus zaakgeometrie.within, uuid__in, zaaktype__in and fields. */
@QuarkusTest
class ZoekTest {

    private static final List<List<Double>> AMSTERDAM = List.of(List.of(4.7, 52.3), List.of(5.1, 52.3),
            List.of(5.1, 52.5), List.of(4.7, 52.5), List.of(4.7, 52.3));

    private static String code(String name) {
        return "invalidParams.findAll { it.name == '" + name + "' }.code";
    }

    private static String zaak(String zaaktype, String bron, Object geometrie) {
        Map<String, Object> body = zaakBody(zaaktype);
        body.put("bronorganisatie", bron);
        if (geometrie != null) {
            body.put("zaakgeometrie", geometrie);
        }
        return Fixtures.zaak(body);
    }

    @Test
    void withinFindsTheZakenInsideThePolygonOnly() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String binnen = zaak(zt.url(), bron, Map.of("type", "Point", "coordinates", List.of(4.9, 52.37)));
        // inside the bounding box of the L-shaped area, outside the area itself: only the exact test drops it
        String inDeHoek = zaak(zt.url(), bron, Map.of("type", "Point", "coordinates", List.of(5.05, 52.45)));
        zaak(zt.url(), bron, Map.of("type", "Point", "coordinates", List.of(6.56, 53.21)));
        zaak(zt.url(), bron, null);
        List<List<Double>> vormL = List.of(List.of(4.7, 52.3), List.of(5.1, 52.3), List.of(5.1, 52.4),
                List.of(4.95, 52.4), List.of(4.95, 52.5), List.of(4.7, 52.5), List.of(4.7, 52.3));
        Fixtures.admin(Map.of("bronorganisatie", bron, "zaakgeometrie", Map.of("within",
                        Map.of("type", "Polygon", "coordinates", List.of(vormL)))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(binnen));
        Fixtures.admin(Map.of("bronorganisatie", bron, "zaakgeometrie", Map.of("within",
                        Map.of("type", "Polygon", "coordinates", List.of(AMSTERDAM)))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200)
                .body("results.url", containsInAnyOrder(binnen, inDeHoek));
        // a point as the area, as the VNG OAS collection sends it: the zaken at exactly that point
        Fixtures.admin(Map.of("bronorganisatie", bron, "zaakgeometrie", Map.of("within",
                        Map.of("type", "Point", "coordinates", List.of(4.9, 52.37)))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(binnen));
    }

    @Test
    void uuidInAndZaaktypeIn() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Fixtures.Zaaktype ander = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String a = zaak(zt.url(), bron, null);
        String b = zaak(ander.url(), bron, null);
        String c = zaak(zt.url(), bron, null);
        Fixtures.admin(Map.of("uuid__in", List.of(uuidOf(a), uuidOf(b)))).post(ROOT + "/zaken/_zoek").then()
                .statusCode(200).body("results.url", containsInAnyOrder(a, b));
        Fixtures.admin(Map.of("bronorganisatie", bron, "zaaktype__in", List.of(zt.url()), "ordering",
                "-identificatie")).post(ROOT + "/zaken/_zoek").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(a, c));
    }

    @Test
    void fieldsSelectWhatIsAnswered() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String a = zaak(zt.url(), bron, null);
        Fixtures.admin(Map.of("bronorganisatie", bron, "fields", List.of("url", "identificatie",
                        Map.of("zaaktype", List.of("omschrijving")))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200)
                .body("results[0].url", equalTo(a))
                .body("results[0]", not(hasKey("bronorganisatie")))
                .body("results[0]._expand.zaaktype.omschrijving", equalTo("Vergunning aanvragen"))
                .body("results[0]._expand.zaaktype", not(hasKey("identificatie")));
    }

    @Test
    void anEmptyOrBadSearchIs400() {
        Fixtures.admin(Map.of()).post(ROOT + "/zaken/_zoek").then().statusCode(400)
                .body(code("nonFieldErrors"), hasItem("empty_search_body"));
        Fixtures.admin(Map.of("uuid__in", List.of("geen-uuid"), "startdatum__gt", "nooit", "zaakgeometrie",
                        Map.of("within", Map.of("type", "Point", "coordinates", "hier"))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(400)
                .body(code("uuid__in.0"), hasItem("invalid"))
                .body(code("startdatum__gt"), hasItem("invalid"))
                .body(code("zaakgeometrie.within"), hasItem("invalid"));
    }
}
