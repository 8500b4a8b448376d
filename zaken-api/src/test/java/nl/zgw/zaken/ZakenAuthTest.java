package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.uuidOf;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** zrc-006: zaken are seen and written only within the caller's zaaktypen and maximum vertrouwelijkheid. */
@QuarkusTest
class ZakenAuthTest {

    private static String zaak(String zaaktype, String bron, String level) {
        Map<String, Object> body = zaakBody(zaaktype);
        body.put("bronorganisatie", bron);
        body.put("vertrouwelijkheidaanduiding", level);
        return Fixtures.zaak(body);
    }

    @Test
    void zrc006ListsAndSearchesLeaveOutInvisibleZaken() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Fixtures.Zaaktype ander = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String zichtbaar = zaak(zt.url(), bron, "intern");
        String teGeheim = zaak(zt.url(), bron, "geheim");
        String anderType = zaak(ander.url(), bron, "openbaar");
        String lezer = TestAutorisaties.client("zaak-lezer-" + uuidOf(zt.url())).zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.INTERN, Scopes.Zrc.LEZEN).bearer();
        as(lezer).queryParam("bronorganisatie", bron).get(ROOT + "/zaken").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(zichtbaar));
        as(lezer).body(Map.of("uuid__in", List.of(uuidOf(zichtbaar), uuidOf(teGeheim), uuidOf(anderType))))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200).body("results.url", contains(zichtbaar));
        as(lezer).get(path(zichtbaar)).then().statusCode(200);
        as(lezer).get(path(teGeheim)).then().statusCode(403);
        as(lezer).get(path(anderType)).then().statusCode(403);
    }

    @Test
    void writesNeedTheirScopeForTheZaaktypeAndLevel() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String maker = TestAutorisaties.client("zaak-maker-" + uuidOf(zt.url())).zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.INTERN, Scopes.Zrc.AANMAKEN, Scopes.Zrc.LEZEN).bearer();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("vertrouwelijkheidaanduiding", "intern");
        String zaak = as(maker).body(body).post(ROOT + "/zaken").then().statusCode(201).extract().path("url");
        body.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        as(maker).body(body).post(ROOT + "/zaken").then().statusCode(403);
        as(maker).body(Map.of("omschrijving", "zonder bijwerken")).patch(path(zaak)).then().statusCode(403);
        as(maker).delete(path(zaak)).then().statusCode(403);
        String anderType = TestAutorisaties.client("zaak-maker-ander").zaaktype(Fixtures.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.AANMAKEN).bearer();
        body.put("vertrouwelijkheidaanduiding", "openbaar");
        as(anderType).body(body).post(ROOT + "/zaken").then().statusCode(403);
    }

    @Test
    void aCallerWhoMaySeeNothingGetsAnEmptyList() {
        String niets = TestAutorisaties.client("zaak-niets").scopes("zrc", Scopes.Zrc.LEZEN).bearer();
        as(niets).get(ROOT + "/zaken").then().statusCode(200).body("count", equalTo(0));
    }
}
