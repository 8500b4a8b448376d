package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.StatusFixtures.ROOT;
import static nl.zgw.zaken.StatusFixtures.admin;
import static nl.zgw.zaken.StatusFixtures.as;
import static nl.zgw.zaken.StatusFixtures.path;
import static nl.zgw.zaken.StatusFixtures.status;
import static nl.zgw.zaken.StatusFixtures.zaak;
import static nl.zgw.zaken.StatusFixtures.zaaktype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** /statussen: create, read, list with its filters, the rules on a status (zrc-008, zrc-016) and its notification. */
@QuarkusTest
class StatusTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createAnswers201WithLocationAndTheStatusBecomesTheZaaksStatus() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        var response = admin(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                "datumStatusGezet", "2024-01-11T10:00:00Z", "statustoelichting", "ontvangen"))
                .post(ROOT + "/statussen").then().statusCode(201)
                .body("zaak", equalTo(zaak))
                .body("statustype", equalTo(zt.beginstatus()))
                .body("datumStatusGezet", equalTo("2024-01-11T10:00:00Z"))
                .body("statustoelichting", equalTo("ontvangen"))
                .body("indicatieLaatstGezetteStatus", equalTo(true))
                .body("gezetdoor", equalTo(""))
                .body("zaakinformatieobjecten", empty())
                .extract();
        String url = response.path("url");
        assertEquals(url, response.header("Location"));
        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url));
        as(admin()).get(path(zaak)).then().statusCode(200).body("status", equalTo(url))
                .body("einddatum", nullValue());
    }

    @Test
    void aDatumStatusGezetWithoutOffsetIsDutchLocalTime() {
        // the standard's test collection and many clients send 2019-02-22T13:37:00; the reference reads it as
        // Europe/Amsterdam (winter: UTC+1, summer: UTC+2)
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        admin(Map.of("zaak", zaak, "statustype", zt.beginstatus(), "datumStatusGezet", "2024-01-11T10:00:00"))
                .post(ROOT + "/statussen").then().statusCode(201)
                .body("datumStatusGezet", equalTo("2024-01-11T09:00:00Z"));
        admin(Map.of("zaak", zaak, "statustype", zt.beginstatus(), "datumStatusGezet", "2024-06-11T10:00:00"))
                .post(ROOT + "/statussen").then().statusCode(201)
                .body("datumStatusGezet", equalTo("2024-06-11T08:00:00Z"));
        admin(Map.of("zaak", zaak, "statustype", zt.beginstatus(), "datumStatusGezet", "11-06-2024 10:00"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datumStatusGezet' }.code", hasItem("invalid"));
    }

    @Test
    void theLatestDatumStatusGezetIsTheLaatstGezetteStatus() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String tweede = status(zaak, zt.beginstatus(), "2024-01-12T10:00:00Z");
        String eerste = status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        as(admin()).get(path(eerste)).then().body("indicatieLaatstGezetteStatus", equalTo(false));
        as(admin()).get(path(tweede)).then().body("indicatieLaatstGezetteStatus", equalTo(true));
        as(admin()).get(path(zaak)).then().body("status", equalTo(tweede));
    }

    @Test
    void listFiltersOnZaakStatustypeAndIndicatieLaatstGezetteStatus() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String oud = status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        String nieuw = status(zaak, zt.beginstatus(), "2024-01-12T10:00:00Z");
        String ander = status(zaak(zt.url()), zt.beginstatus(), "2024-01-11T10:00:00Z");
        as(admin()).queryParam("zaak", zaak).get(ROOT + "/statussen").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", contains(oud, nieuw));
        as(admin()).queryParam("zaak", zaak).queryParam("indicatieLaatstGezetteStatus", "true")
                .get(ROOT + "/statussen").then().statusCode(200).body("results.url", contains(nieuw));
        as(admin()).queryParam("statustype", zt.beginstatus()).get(ROOT + "/statussen").then().statusCode(200)
                .body("results.url", contains(oud, nieuw, ander));
    }

    @Test
    void badFilterValuesAndUnknownParametersAre400() {
        as(admin()).queryParam("zaak", "geen url").get(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
        as(admin()).queryParam("indicatieLaatstGezetteStatus", "misschien").get(ROOT + "/statussen").then()
                .statusCode(400)
                .body("invalidParams.findAll { it.name == 'indicatieLaatstGezetteStatus' }.code", hasItem("invalid"));
        as(admin()).queryParam("onbekend", "x").get(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unknown-parameters"));
    }

    @Test
    void zrc006ListShowsOnlyStatussenOfZakenTheCallerMaySee() {
        StatusFixtures.Zaaktype zichtbaar = zaaktype();
        StatusFixtures.Zaaktype onzichtbaar = zaaktype();
        String zaak = zaak(zichtbaar.url());
        String status = status(zaak, zichtbaar.beginstatus(), "2024-01-11T10:00:00Z");
        String geheim = status(zaak(zichtbaar.url(), Map.of("vertrouwelijkheidaanduiding", "geheim")),
                zichtbaar.beginstatus(), "2024-01-11T10:00:00Z");
        String anders = status(zaak(onzichtbaar.url()), onzichtbaar.beginstatus(), "2024-01-11T10:00:00Z");
        String lezer = TestAutorisaties.client("status-lezer-" + System.nanoTime())
                .zaaktype(zichtbaar.url(), Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK, Scopes.Zrc.LEZEN).bearer();
        as(lezer).get(ROOT + "/statussen").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(status));
        as(lezer).get(path(geheim)).then().statusCode(403);
        as(lezer).get(path(anders)).then().statusCode(403);
    }

    @Test
    void requiredFieldsAndBadValuesAreReportedPerField() {
        admin(Map.of()).post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'statustype' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'datumStatusGezet' }.code", hasItem("required"));
        admin(Map.of("zaak", "x", "statustype", "y", "datumStatusGezet", "2024-01-11T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"))
                .body("invalidParams.findAll { it.name == 'statustype' }.code", hasItem("invalid"));
    }

    @Test
    void anUnknownZaakIsDoesNotExist() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String weg = zaak.substring(0, zaak.lastIndexOf('/') + 1) + java.util.UUID.randomUUID();
        admin(Map.of("zaak", weg, "statustype", zt.beginstatus(), "datumStatusGezet", "2024-01-11T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("does_not_exist"));
    }

    @Test
    void zrc016StatustypeOfAnotherZaaktypeIsZaaktypeMismatch() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        admin(Map.of("zaak", zaak(zt.url()), "statustype", ander.beginstatus(),
                "datumStatusGezet", "2024-01-11T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
    }

    @Test
    void aStatustypeUrlThatIsNoStatustypeIsRefused() {
        StatusFixtures.Zaaktype zt = zaaktype();
        admin(Map.of("zaak", zaak(zt.url()), "statustype", zt.url(), "datumStatusGezet", "2024-01-11T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'statustype' }.code", hasItem("invalid-resource"));
    }

    @Test
    void datumStatusGezetInTheFutureIsDateInFuture() {
        StatusFixtures.Zaaktype zt = zaaktype();
        admin(Map.of("zaak", zaak(zt.url()), "statustype", zt.beginstatus(), "datumStatusGezet", "2999-01-01T00:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'datumStatusGezet' }.code", hasItem("date-in-future"));
    }

    @Test
    void twoStatussenAtTheSameInstantAreNotUnique() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        admin(Map.of("zaak", zaak, "statustype", zt.beginstatus(), "datumStatusGezet", "2024-01-11T11:00:00+01:00"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unique"));
    }

    @Test
    void zrc008WithZakenAanmakenOnlyTheFirstStatusMayBeSet() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String aanmaker = TestAutorisaties.client("status-aanmaker-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.AANMAKEN).bearer();
        as(aanmaker).body(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                "datumStatusGezet", "2024-01-11T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(201);
        as(aanmaker).body(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                "datumStatusGezet", "2024-01-12T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(403)
                .body("code", equalTo("permission_denied"));
        String toevoeger = TestAutorisaties.client("status-toevoeger-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.STATUSSEN_TOEVOEGEN).bearer();
        as(toevoeger).body(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                "datumStatusGezet", "2024-01-12T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(201);
    }

    @Test
    void aCallerWithoutAutorisatieForTheZaaktypeIsRefused() {
        StatusFixtures.Zaaktype zt = zaaktype();
        StatusFixtures.Zaaktype ander = zaaktype();
        String vreemde = TestAutorisaties.client("status-vreemd-" + System.nanoTime())
                .zaaktype(ander.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.AANMAKEN).bearer();
        as(vreemde).body(Map.of("zaak", zaak(zt.url()), "statustype", zt.beginstatus(),
                "datumStatusGezet", "2024-01-11T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(403);
    }

    @Test
    void statussenAreImmutable() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String status = status(zaak(zt.url()), zt.beginstatus(), "2024-01-11T10:00:00Z");
        admin(Map.of("statustoelichting", "anders")).patch(path(status)).then().statusCode(405);
        as(admin()).delete(path(status)).then().statusCode(405);
    }

    @Test
    void theCreateIsNotifiedOnKanaalZakenWithTheZaakAsHoofdObjectAndAudited() throws Exception {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String status = status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        List<JsonNode> notificaties = Wijzigingsregister.notificaties(dataSource, status);
        assertEquals(1, notificaties.size(), notificaties.toString());
        JsonNode n = notificaties.get(0);
        assertEquals("zaken", n.get("kanaal").asText());
        assertEquals("status", n.get("resource").asText());
        assertEquals("create", n.get("actie").asText());
        assertEquals(zaak, n.get("hoofdObject").asText());
        assertEquals(Map.of("bronorganisatie", "517439943", "zaaktype", zt.url(), "vertrouwelijkheidaanduiding",
                "openbaar"), new com.fasterxml.jackson.databind.ObjectMapper().convertValue(n.get("kenmerken"), Map.class));
        assertEquals(List.of("create"), Wijzigingsregister.audit(dataSource, zaak, status));
    }

    @Test
    void headAnswersWithoutBodyAndAnEtag() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String status = status(zaak(zt.url()), zt.beginstatus(), "2024-01-11T10:00:00Z");
        String etag = as(admin()).get(path(status)).then().statusCode(200).extract().header("ETag");
        as(admin()).head(path(status)).then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).header("If-None-Match", etag).get(path(status)).then().statusCode(304);
    }

    @Test
    void expandGivesTheStatustypeAndTheZaak() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String status = status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        as(admin()).queryParam("expand", "statustype,zaak").get(path(status)).then().statusCode(200)
                .body("_expand.statustype.url", equalTo(zt.beginstatus()))
                .body("_expand.zaak.url", equalTo(zaak));
        as(admin()).queryParam("expand", "onbekend").get(path(status)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }
}
