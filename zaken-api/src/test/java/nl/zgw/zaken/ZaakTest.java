package nl.zgw.zaken;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** /zaken/{uuid}: create, read, HEAD, PUT, PATCH, DELETE of the zaak and its object rules (zrc-001 ... zrc-023). */
@QuarkusTest
class ZaakTest {

    @Inject
    AgroalDataSource dataSource;

    private static String code(String name) {
        return "invalidParams.findAll { it.name == '" + name + "' }.code";
    }

    @Test
    void createAnswers201WithTheZaakAndItsLocation() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Response r = Fixtures.admin(zaakBody(zt.url())).post(ROOT + "/zaken");
        r.then().statusCode(201)
                .header("Location", equalTo(r.path("url")))
                .header("Content-Crs", equalTo("EPSG:4326"))
                .body("zaaktype", equalTo(zt.url()))
                .body("identificatie", matchesPattern("ZAAK-\\d{4}-\\d{10}"))
                .body("registratiedatum", equalTo(LocalDate.now().toString()))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"))
                .body("archiefstatus", equalTo("nog_te_archiveren"))
                .body("einddatum", nullValue())
                .body("status", nullValue())
                .body("deelzaken", hasSize(0))
                .body("verlenging.reden", equalTo(""))
                .body("opschorting.indicatie", equalTo(false));
        as(admin()).get(path(r.path("url"))).then().statusCode(200)
                .body("url", equalTo(r.path("url")))
                .body("bronorganisatie", equalTo("517439943"));
    }

    @Test
    void everyWritableFieldIsStoredAndAnswered() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String ander = Fixtures.zaak(zt.url());
        Map<String, Object> body = zaakBody(zt.url());
        body.put("omschrijving", "Aanvraag kapvergunning");
        body.put("toelichting", "toelichting");
        body.put("registratiedatum", "2024-03-01");
        body.put("einddatumGepland", "2030-01-01");
        body.put("uiterlijkeEinddatumAfdoening", "2030-02-01");
        body.put("publicatiedatum", "2024-03-02");
        body.put("productenOfDiensten", List.of(zt.productenOfDiensten().get(0)));
        body.put("vertrouwelijkheidaanduiding", "intern");
        body.put("betalingsindicatie", "gedeeltelijk");
        body.put("laatsteBetaaldatum", "2024-03-03T10:00:00Z");
        body.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of(4.9, 52.37)));
        body.put("verlenging", Map.of("reden", "drukte", "duur", "P5D"));
        body.put("opschorting", Map.of("indicatie", true, "reden", "wachten"));
        body.put("selectielijstklasse", "https://selectielijst.example/resultaten/1");
        body.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg")));
        body.put("kenmerken", List.of(Map.of("kenmerk", "K1", "bron", "extern")));
        body.put("archiefnominatie", "vernietigen");
        body.put("archiefactiedatum", "2040-01-01");
        body.put("opdrachtgevendeOrganisatie", "517439943");
        body.put("processobjectaard", "vergunning");
        body.put("startdatumBewaartermijn", "2024-04-01");
        body.put("processobject", Map.of("datumkenmerk", "d", "identificatie", "i", "objecttype", "o",
                "registratie", "r"));
        String url = Fixtures.zaak(body);
        as(admin()).get(path(url)).then().statusCode(200)
                .body("omschrijving", equalTo("Aanvraag kapvergunning"))
                .body("registratiedatum", equalTo("2024-03-01"))
                .body("einddatumGepland", equalTo("2030-01-01"))
                .body("uiterlijkeEinddatumAfdoening", equalTo("2030-02-01"))
                .body("publicatiedatum", equalTo("2024-03-02"))
                .body("productenOfDiensten", contains(zt.productenOfDiensten().get(0)))
                .body("vertrouwelijkheidaanduiding", equalTo("intern"))
                .body("betalingsindicatie", equalTo("gedeeltelijk"))
                .body("betalingsindicatieWeergave", equalTo("De met de zaak gemoeide kosten zijn gedeeltelijk betaald."))
                .body("laatsteBetaaldatum", equalTo("2024-03-03T10:00:00Z"))
                .body("zaakgeometrie.type", equalTo("Point"))
                .body("verlenging.duur", equalTo("P5D"))
                .body("opschorting.reden", equalTo("wachten"))
                .body("relevanteAndereZaken[0].url", equalTo(ander))
                .body("relevanteAndereZaken[0].aardRelatie", equalTo("vervolg"))
                .body("kenmerken[0].kenmerk", equalTo("K1"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2040-01-01"))
                .body("processobjectaard", equalTo("vergunning"))
                .body("startdatumBewaartermijn", equalTo("2024-04-01"))
                .body("processobject.registratie", equalTo("r"));
    }

    @Test
    void zrc009VertrouwelijkheidaanduidingDefaultsToTheZaaktypes() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype("zaakvertrouwelijk");
        Fixtures.admin(zaakBody(zt.url())).post(ROOT + "/zaken").then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", equalTo("zaakvertrouwelijk"));
    }

    @Test
    void requiredFieldsAreReportedTogether() {
        Fixtures.admin(Map.of()).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("bronorganisatie"), hasItem("required"))
                .body(code("verantwoordelijkeOrganisatie"), hasItem("required"))
                .body(code("zaaktype"), hasItem("required"))
                .body(code("startdatum"), hasItem("required"));
    }

    @Test
    void badFieldsAnswerTheirDialectCodes() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", "12345");
        body.put("omschrijving", "x".repeat(81));
        body.put("betalingsindicatie", "soms");
        body.put("vertrouwelijkheidaanduiding", "heel_geheim");
        body.put("archiefstatus", "weg");
        body.put("communicatiekanaal", "geen url");
        body.put("verlenging", Map.of("reden", "", "duur", "vijf dagen"));
        body.put("relevanteAndereZaken", List.of(Map.of("url", "https://example.com/zaken/1", "aardRelatie", "x")));
        body.put("kenmerken", List.of(Map.of("kenmerk", "k")));
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("bronorganisatie"), hasItem("invalid-length"))
                .body(code("omschrijving"), hasItem("max_length"))
                .body(code("betalingsindicatie"), hasItem("invalid_choice"))
                .body(code("vertrouwelijkheidaanduiding"), hasItem("invalid_choice"))
                .body(code("archiefstatus"), hasItem("invalid_choice"))
                .body(code("communicatiekanaal"), hasItem("invalid"))
                .body(code("verlenging.reden"), hasItem("blank"))
                .body(code("verlenging.duur"), hasItem("invalid"))
                .body(code("relevanteAndereZaken.0.aardRelatie"), hasItem("invalid_choice"))
                .body(code("kenmerken.0.bron"), hasItem("required"));
    }

    @Test
    void anExplicitNullOnARequiredFieldIsNullAlsoInAPatch() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        Map<String, Object> patch = new HashMap<>();
        patch.put("startdatum", null);
        patch.put("verantwoordelijke_organisatie", null);
        Fixtures.admin(patch).patch(path(zaak)).then().statusCode(400)
                .body(code("startdatum"), hasItem("null"))
                .body(code("verantwoordelijkeOrganisatie"), hasItem("null"));
    }

    @Test
    void aDateThatIsNoDateIsInvalid() {
        Map<String, Object> body = zaakBody("https://example.com/zaaktypen/1");
        body.put("startdatum", "gisteren");
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("startdatum"), hasItem("invalid"));
    }

    @Test
    void zrc001ZaaktypeMustBeAPublishedZaaktype() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Fixtures.admin(zaakBody(Fixtures.conceptZaaktype())).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("zaaktype"), hasItem("not-published"));
        Fixtures.admin(zaakBody(zt.catalogus())).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("zaaktype"), hasItem("invalid-resource"));
        Fixtures.admin(zaakBody("https://zaaktypen.example.invalid/api/v1/zaaktypen/1")).post(ROOT + "/zaken")
                .then().statusCode(400).body(code("zaaktype"), hasItem("bad-url"));
    }

    @Test
    void zrc013HoofdzaakHasOneLevelAndIsNotTheZaakItself() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String hoofdzaak = Fixtures.zaak(zt.url());
        Map<String, Object> deel = zaakBody(zt.url());
        deel.put("hoofdzaak", hoofdzaak);
        String deelzaak = Fixtures.zaak(deel);
        as(admin()).get(path(hoofdzaak)).then().statusCode(200).body("deelzaken", contains(deelzaak));

        Map<String, Object> kleinkind = zaakBody(zt.url());
        kleinkind.put("hoofdzaak", deelzaak);
        Fixtures.admin(kleinkind).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("hoofdzaak"), hasItem("deelzaak-als-hoofdzaak"));

        Fixtures.admin(Map.of("hoofdzaak", hoofdzaak)).patch(path(hoofdzaak)).then().statusCode(400)
                .body(code("hoofdzaak"), hasItem("self-forbidden"));

        Map<String, Object> onbekend = zaakBody(zt.url());
        onbekend.put("hoofdzaak", hoofdzaak.substring(0, hoofdzaak.lastIndexOf('/') + 1)
                + java.util.UUID.randomUUID());
        Fixtures.admin(onbekend).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("hoofdzaak"), hasItem("does_not_exist"));

        Map<String, Object> geenZaak = zaakBody(zt.url());   // a URL that is no zaak of this API at all
        geenZaak.put("hoofdzaak", "https://elders.example.com/200");
        Fixtures.admin(geenZaak).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("hoofdzaak"), hasItem("no_match"));
    }

    @Test
    void zrc011RelevanteAndereZakenMustResolve() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bestaand = Fixtures.zaak(zt.url());
        String weg = bestaand.substring(0, bestaand.lastIndexOf('/') + 1) + java.util.UUID.randomUUID();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("relevanteAndereZaken", List.of(Map.of("url", bestaand, "aardRelatie", "onderwerp"),
                Map.of("url", weg, "aardRelatie", "bijdrage")));
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("relevanteAndereZaken.1"), hasItem("does_not_exist"))
                .body(code("relevanteAndereZaken.1.url"), hasItem("does_not_exist"))
                .body("invalidParams.findAll { it.name == 'relevanteAndereZaken.0' }", hasSize(0));
    }

    @Test
    void zrc014NoLaatsteBetaaldatumWithNvtNorInTheFuture() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("betalingsindicatie", "nvt");
        body.put("laatsteBetaaldatum", OffsetDateTime.now().plusDays(2).toString());
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("laatsteBetaaldatum"), hasItem("betaling-nvt"))
                .body(code("laatsteBetaaldatum"), hasItem("future_not_allowed"));
    }

    @Test
    void zrc014ChangingToNvtClearsLaatsteBetaaldatum() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("betalingsindicatie", "geheel");
        body.put("laatsteBetaaldatum", "2024-01-01T12:00:00Z");
        String zaak = Fixtures.zaak(body);
        Fixtures.admin(Map.of("betalingsindicatie", "nvt")).patch(path(zaak)).then().statusCode(200)
                .body("betalingsindicatie", equalTo("nvt"))
                .body("laatsteBetaaldatum", nullValue());
    }

    @Test
    void zrc015ProductenOfDienstenComeFromTheZaaktype() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("productenOfDiensten", List.of(zt.productenOfDiensten().get(1), "https://example.com/ander"));
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("productenOfDiensten"), hasItem("invalid-products-services"));
    }

    @Test
    void zrc022ArchiefstatusNeedsNominatieAndActiedatum() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        Fixtures.admin(Map.of("archiefstatus", "gearchiveerd")).patch(path(zaak)).then().statusCode(400)
                .body(code("archiefnominatie"), hasItem("archiefnominatie-not-set"))
                .body(code("archiefactiedatum"), hasItem("archiefactiedatum-not-set"));
        Fixtures.admin(Map.of("archiefstatus", "gearchiveerd", "archiefnominatie", "blijvend_bewaren",
                "archiefactiedatum", "2030-01-01")).patch(path(zaak)).then().statusCode(200)
                .body("archiefstatus", equalTo("gearchiveerd"));
    }

    @Test
    void zrc002IdentificatieAndBronorganisatieCannotChange() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        Fixtures.admin(Map.of("identificatie", "ANDER-1", "bronorganisatie", "111222333")).patch(path(zaak))
                .then().statusCode(400)
                .body(code("identificatie"), hasItem("wijzigen-niet-toegelaten"))
                .body(code("bronorganisatie"), hasItem("wijzigen-niet-toegelaten"));
    }

    @Test
    void putReplacesTheWritableFieldsAndPatchTakesSnakeCase() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("omschrijving", "eerst");
        body.put("toelichting", "blijft niet");
        String zaak = Fixtures.zaak(body);
        String identificatie = as(admin()).get(path(zaak)).then().extract().path("identificatie");
        Map<String, Object> put = zaakBody(zt.url());
        put.put("omschrijving", "daarna");
        Fixtures.admin(put).put(path(zaak)).then().statusCode(200)
                .body("omschrijving", equalTo("daarna"))
                .body("toelichting", equalTo(""))
                .body("identificatie", equalTo(identificatie));
        Fixtures.admin(Map.of("einddatum_gepland", "2031-05-05", "opschorting", Map.of("indicatie", true,
                "reden", "wacht op aanvrager"))).patch(path(zaak)).then().statusCode(200)
                .body("einddatumGepland", equalTo("2031-05-05"))
                .body("opschorting.indicatie", equalTo(true))
                .body("omschrijving", equalTo("daarna"));
    }

    @Test
    void zaakgeometrieMustBeGeoJson() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Map<String, Object> body = zaakBody(zt.url());
        body.put("zaakgeometrie", Map.of("type", "Point", "coordinates", List.of("vier", 52)));
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("zaakgeometrie"), hasItem("invalid"));
    }

    @Test
    void crsHeadersAreRequiredAndOnlyWgs84() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        io.restassured.RestAssured.given().header("Authorization", admin()).get(path(zaak)).then().statusCode(412);
        as(admin()).header("Accept-Crs", "EPSG:28992").get(path(zaak)).then().statusCode(406);
    }

    @Test
    void headAnswersTheEtagWithoutBodyAndIfNoneMatchIs304() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        String etag = as(admin()).get(path(zaak)).then().statusCode(200).header("ETag", notNullValue())
                .extract().header("ETag");
        as(admin()).head(path(zaak)).then().statusCode(200).header("ETag", equalTo(etag))
                .body(emptyOrNullString());
        as(admin()).header("If-None-Match", etag).get(path(zaak)).then().statusCode(304);
        Fixtures.admin(Map.of("omschrijving", "gewijzigd")).patch(path(zaak)).then().statusCode(200);
        as(admin()).header("If-None-Match", etag).get(path(zaak)).then().statusCode(200);
    }

    @Test
    void anUnknownZaakIs404() {
        as(admin()).get(ROOT + "/zaken/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(admin()).delete(ROOT + "/zaken/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void zrc023DeleteRemovesTheZaakItsDeelzakenAndAuditTrail() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String hoofdzaak = Fixtures.zaak(zt.url());
        Map<String, Object> deel = zaakBody(zt.url());
        deel.put("hoofdzaak", hoofdzaak);
        String deelzaak = Fixtures.zaak(deel);
        as(admin()).delete(path(hoofdzaak)).then().statusCode(204);
        as(admin()).get(path(hoofdzaak)).then().statusCode(404);
        as(admin()).get(path(deelzaak)).then().statusCode(404);
    }

    @Test
    void aDeelzaakMayBeDeletedAlone() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String hoofdzaak = Fixtures.zaak(zt.url());
        Map<String, Object> deel = zaakBody(zt.url());
        deel.put("hoofdzaak", hoofdzaak);
        String deelzaak = Fixtures.zaak(deel);
        as(admin()).delete(path(deelzaak)).then().statusCode(204);
        as(admin()).get(path(hoofdzaak)).then().statusCode(200).body("deelzaken", hasSize(0));
    }

    @Test
    void zrc007AClosedZaakChangesOnlyWithGeforceerdBijwerken() throws Exception {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String zaak = Fixtures.zaak(zt.url());
        sluit(zaak);
        String bijwerker = TestAutorisaties.client("zaak-bijwerker").zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN, Scopes.Zrc.BIJWERKEN).bearer();
        as(bijwerker).body(Map.of("omschrijving", "mag niet")).patch(path(zaak)).then().statusCode(403);
        String geforceerd = TestAutorisaties.client("zaak-geforceerd").zaaktype(zt.url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN, Scopes.Zrc.BIJWERKEN,
                Scopes.Zrc.GEFORCEERD_BIJWERKEN).bearer();
        as(geforceerd).body(Map.of("omschrijving", "mag wel")).patch(path(zaak)).then().statusCode(200)
                .body("omschrijving", equalTo("mag wel"));
    }

    /** Closing is the eindstatus' work (zaken-status); here the einddatum is set directly. */
    private void sluit(String zaak) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE zaak SET einddatum = current_date WHERE uuid = ?")) {
            ps.setObject(1, java.util.UUID.fromString(Fixtures.uuidOf(zaak)));
            ps.executeUpdate();
        }
    }

    @Test
    void zaaknummerReserverenGivesNumbersTheCounterSkipsAndAZaakMayTake() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String bron = Fixtures.rsin();
        String eerste = Fixtures.admin(Map.of("bronorganisatie", bron)).post(ROOT + "/zaaknummer_reserveren")
                .then().statusCode(201).body("zaaknummer", matchesPattern("ZAAK-\\d{4}-0000000001"))
                .extract().path("zaaknummer");
        List<String> drie = Fixtures.admin(Map.of("bronorganisatie", bron, "aantal", 3))
                .post(ROOT + "/zaaknummer_reserveren").then().statusCode(201).body("$", hasSize(3))
                .extract().path("zaaknummer");
        Map<String, Object> body = zaakBody(zt.url());
        body.put("bronorganisatie", bron);
        Response gegenereerd = Fixtures.admin(body).post(ROOT + "/zaken");
        gegenereerd.then().statusCode(201).body("identificatie", matchesPattern("ZAAK-\\d{4}-0000000005"));
        body.put("identificatie", drie.get(1));
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(201).body("identificatie", equalTo(drie.get(1)));
        body.put("identificatie", eerste);
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(201);
        Fixtures.admin(body).post(ROOT + "/zaken").then().statusCode(400)
                .body(code("identificatie"), hasItem("identificatie-niet-uniek"));
        Fixtures.admin(Map.of("bronorganisatie", "123")).post(ROOT + "/zaaknummer_reserveren").then()
                .statusCode(400).body(code("bronorganisatie"), hasItem("invalid-length"));
        Fixtures.admin(Map.of("bronorganisatie", bron, "aantal", 0)).post(ROOT + "/zaaknummer_reserveren").then()
                .statusCode(400).body(code("aantal"), hasItem("min_value"));
    }
}
