package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** GET /zaken: each filter of the 1.7.0 file (rol__* aside), ordering, bad values. Each test its own bronorganisatie. */
@QuarkusTest
class ZakenFilterTest {

    private static String code(String name) {
        return "invalidParams.findAll { it.name == '" + name + "' }.code";
    }

    private static String zaak(String zaaktype, String bron, Map<String, Object> extra) {
        Map<String, Object> body = zaakBody(zaaktype);
        body.put("bronorganisatie", bron);
        body.putAll(extra);
        return Fixtures.zaak(body);
    }

    @Test
    void byBronorganisatieIdentificatieAndZaaktype() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Fixtures.Zaaktype ander = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String bron2 = Fixtures.rsin();
        String a = zaak(zt.url(), bron, Map.of("identificatie", "FILTER-A"));
        String b = zaak(ander.url(), bron, Map.of());
        String c = zaak(zt.url(), bron2, Map.of());
        as(admin()).queryParam("bronorganisatie", bron).get(ROOT + "/zaken").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(a, b));
        as(admin()).queryParam("bronorganisatie__in", bron + "," + bron2).queryParam("zaaktype", zt.url())
                .get(ROOT + "/zaken").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(a, c));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("identificatie", "FILTER-A")
                .get(ROOT + "/zaken").then().statusCode(200).body("results.url", contains(a));
    }

    @Test
    void byDatesWithTheirLookupsAndOrdering() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String vroeg = zaak(zt.url(), bron, Map.of("startdatum", "2024-01-01", "einddatumGepland", "2024-06-01",
                "registratiedatum", "2024-01-02", "uiterlijkeEinddatumAfdoening", "2024-07-01"));
        String laat = zaak(zt.url(), bron, Map.of("startdatum", "2024-03-01", "einddatumGepland", "2024-09-01",
                "registratiedatum", "2024-03-02", "uiterlijkeEinddatumAfdoening", "2024-10-01"));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("startdatum__gte", "2024-03-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(laat));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("startdatum__lt", "2024-03-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(vroeg));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("startdatum", "2024-01-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(vroeg));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("einddatumGepland__gt", "2024-07-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(laat));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("registratiedatum__lt", "2024-02-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(vroeg));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("uiterlijkeEinddatumAfdoening__lt", "2024-08-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(vroeg));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("einddatum__isnull", "true")
                .get(ROOT + "/zaken").then().body("count", equalTo(2));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("ordering", "-startdatum")
                .get(ROOT + "/zaken").then().body("results.url", contains(laat, vroeg));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("ordering", "startdatum")
                .get(ROOT + "/zaken").then().body("results.url", contains(vroeg, laat));
    }

    @Test
    void byArchiveFieldsAndMaximaleVertrouwelijkheid() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String bewaren = zaak(zt.url(), bron, Map.of("archiefnominatie", "blijvend_bewaren",
                "archiefactiedatum", "2050-01-01", "vertrouwelijkheidaanduiding", "geheim"));
        String open = zaak(zt.url(), bron, Map.of("vertrouwelijkheidaanduiding", "openbaar"));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("archiefnominatie", "blijvend_bewaren")
                .get(ROOT + "/zaken").then().body("results.url", contains(bewaren));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("archiefnominatie__in", "vernietigen")
                .get(ROOT + "/zaken").then().body("count", equalTo(0));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("archiefactiedatum__isnull", "true")
                .get(ROOT + "/zaken").then().body("results.url", contains(open));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("archiefactiedatum__gt", "2049-01-01")
                .get(ROOT + "/zaken").then().body("results.url", contains(bewaren));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("archiefstatus__in",
                        "nog_te_archiveren,gearchiveerd").get(ROOT + "/zaken").then().body("count", equalTo(2));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("maximaleVertrouwelijkheidaanduiding", "intern")
                .get(ROOT + "/zaken").then().body("results.url", contains(open));
    }

    @Test
    void badValuesAndUnknownParametersAre400() {
        as(admin()).queryParam("startdatum__gt", "morgen").queryParam("archiefstatus", "weg")
                .get(ROOT + "/zaken").then().statusCode(400)
                .body(code("startdatum__gt"), hasItem("invalid"))
                .body(code("archiefstatus"), hasItem("invalid_choice"));
        as(admin()).queryParam("ordering", "omschrijving").get(ROOT + "/zaken").then().statusCode(400)
                .body(code("ordering"), hasItem("invalid_choice"));
        as(admin()).queryParam("kleur", "rood").get(ROOT + "/zaken").then().statusCode(400)
                .body(code("nonFieldErrors"), hasItem("unknown-parameters"));
    }
}
