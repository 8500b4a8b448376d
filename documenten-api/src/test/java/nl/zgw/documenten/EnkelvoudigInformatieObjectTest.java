package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.body;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static nl.zgw.documenten.Fixtures.lock;
import static nl.zgw.documenten.Fixtures.uuid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnkelvoudigInformatieObjectTest {

    static final String EIO = ROOT + "/enkelvoudiginformatieobjecten";


    @Test
    void createStoresTheInhoudAndAnswersItsDownloadUrlVersie1() {
        String type = informatieobjecttype("openbaar");
        byte[] inhoud = "hallo wereld".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> b = body(type, inhoud);
        b.put("formaat", "text/plain");
        String url = admin(b).post(EIO).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("versie", equalTo(1))
                .body("bestandsomvang", equalTo(inhoud.length))
                .body("locked", equalTo(false))
                .body("lock", equalTo(""))
                .body("identificatie", matchesPattern("DOCUMENT-\\d{4}-\\d{10}"))
                .body("inhoud", endsWith("/download?versie=1"))
                .extract().path("url");
        as(admin()).get(url).then().statusCode(200).body("url", equalTo(url)).body("titel", equalTo(b.get("titel")));
        String text = as(admin()).accept("*/*").get(url + "/download").then().statusCode(200)
                .header("Content-Type", startsWith("text/plain"))
                .header("Content-Length", String.valueOf(inhoud.length)).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("hallo wereld", text);
    }

    @Test
    void drc007VertrouwelijkheidaanduidingIsDerivedFromTheInformatieobjecttype() {
        String type = informatieobjecttype("zaakvertrouwelijk");
        String url = document(type, null);
        as(admin()).get(url).then().statusCode(200).body("vertrouwelijkheidaanduiding", equalTo("zaakvertrouwelijk"));
        Map<String, Object> b = body(type, null);
        b.put("vertrouwelijkheidaanduiding", "geheim");
        admin(b).post(EIO).then().statusCode(201).body("vertrouwelijkheidaanduiding", equalTo("geheim"));
    }

    @Test
    void drc001InformatieobjecttypeMustBePublished() {
        String concept = informatieobjecttype("openbaar", true);
        admin(body(concept, null)).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobjecttype' }.code", hasItem("not-published"));
    }

    @Test
    void drc001InformatieobjecttypeMustResolve() {
        String missing = nl.zgw.testing.services.ZgwServices.url("catalogi") + "/informatieobjecttypen/"
                + java.util.UUID.randomUUID();
        admin(body(missing, null)).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobjecttype' }.code", hasItem("bad-url"));
        admin(body("https://elders.example.com/informatieobjecttypen/x", null)).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobjecttype' }.code", hasItem("bad-url"));
    }

    @Test
    void drc005OntvangstdatumRefusesStatusInBewerking() {
        String type = informatieobjecttype("openbaar");
        Map<String, Object> b = body(type, null);
        b.put("ontvangstdatum", "2024-05-02");
        b.put("status", "in_bewerking");
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid_for_received"));
        b.put("status", "definitief");
        admin(b).post(EIO).then().statusCode(201).body("status", equalTo("definitief"));
    }

    @Test
    void drc006IndicatieGebruiksrechtTrueNeedsGebruiksrechten() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("indicatieGebruiksrecht", true);
        admin(b).post(EIO).then().statusCode(400).body(
                "invalidParams.findAll { it.name == 'indicatieGebruiksrecht' }.code", hasItem("missing-gebruiksrechten"));
    }

    @Test
    void badInputAnswersTheDialectsCodesTogether() {
        Map<String, Object> b = new HashMap<>(body(informatieobjecttype("openbaar"), null));
        b.remove("titel");
        b.put("taal", "nederlands");
        b.put("bronorganisatie", "123");
        b.put("status", "klaar");
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'titel' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'taal' }.code", hasItem("max_length"))
                .body("invalidParams.findAll { it.name == 'status' }.code", hasItem("invalid_choice"));
    }

    @Test
    void inhoudThatIsNotBase64IsInvalid() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("inhoud", "dit is geen base64!!");
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'inhoud' }.code", hasItem("invalid"));
        b.put("inhoud", 42);
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'inhoud' }.code", hasItem("invalid"));
    }

    @Test
    void bestandsomvangThatDiffersFromTheInhoudIsFileSize() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), new byte[]{1, 2, 3});
        b.put("bestandsomvang", 4);
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'bestandsomvang' }.code", hasItem("file-size"));
    }

    @Test
    void snakeCaseKeysAreAccepted() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("is_gereed_voor_publicatie", true);
        b.put("inhoud_is_vervallen", false);
        admin(b).post(EIO).then().statusCode(201).body("isGereedVoorPublicatie", equalTo(true))
                .body("inhoudIsVervallen", equalTo(false));
    }

    @Test
    void identificatieIsUniquePerBronorganisatie() {
        Map<String, Object> b = body(informatieobjecttype("openbaar"), null);
        b.put("identificatie", "DOC-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        admin(b).post(EIO).then().statusCode(201);
        admin(b).post(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'identificatie' }.code", hasItem("identificatie-niet-uniek"));
    }

    @Test
    void everyUpdateMakesANewVersieAndListsShowOnlyTheLatest() {
        String type = informatieobjecttype("openbaar");
        String url = document(type, "eerste".getBytes(StandardCharsets.UTF_8));
        String lock = lock(url);
        admin(Map.of("titel", "tweede titel", "lock", lock)).patch(url).then().statusCode(200)
                .body("versie", equalTo(2)).body("titel", equalTo("tweede titel"))
                .body("inhoud", endsWith("/download?versie=2"));
        Map<String, Object> put = body(type, "derde".getBytes(StandardCharsets.UTF_8));
        put.put("lock", lock);
        admin(put).put(url).then().statusCode(200).body("versie", equalTo(3)).body("bestandsomvang", equalTo(5));
        as(admin()).get(url + "?versie=1").then().statusCode(200).body("versie", equalTo(1))
                .body("bestandsomvang", equalTo(6));
        as(admin()).get(url + "?versie=2").then().statusCode(200).body("titel", equalTo("tweede titel"))
                .body("bestandsomvang", equalTo(6));
        as(admin()).get(url + "?versie=9").then().statusCode(404);
        as(admin()).queryParam("bronorganisatie", put.get("bronorganisatie")).get(EIO).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].versie", equalTo(3));
        String eerste = as(admin()).accept("*/*").get(url + "/download?versie=1").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("eerste", eerste);
    }

    @Test
    void registratieOpAnswersTheVersionValidAtThatInstant() throws InterruptedException {
        String url = document(informatieobjecttype("openbaar"), null);
        String begin1 = as(admin()).get(url).then().extract().path("beginRegistratie");
        String lock = lock(url);
        admin(Map.of("titel", "later", "lock", lock)).patch(url).then().statusCode(200);
        as(admin()).queryParam("registratieOp", begin1).get(url).then().statusCode(200).body("versie", equalTo(1));
        as(admin()).queryParam("registratieOp", "2999-01-01T00:00:00Z").get(url).then().statusCode(200)
                .body("versie", equalTo(2));
        as(admin()).queryParam("registratieOp", "1999-01-01T00:00:00Z").get(url).then().statusCode(404);
        as(admin()).queryParam("registratieOp", "gisteren").get(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'registratieOp' }.code", hasItem("invalid"));
    }

    @Test
    void filtersOfTheListAndTheExtensions() {
        String type = informatieobjecttype("openbaar");
        Map<String, Object> b = body(type, null);
        String bron = (String) b.get("bronorganisatie");
        b.put("titel", "Bouwtekening Dorpsstraat");
        b.put("auteur", "Jansen");
        b.put("creatiedatum", "2020-02-02");
        b.put("trefwoorden", List.of("bouw", "vergunning"));
        String een = admin(b).post(EIO).then().statusCode(201).extract().path("url");
        Map<String, Object> c = body(type, null);
        c.put("bronorganisatie", bron);
        c.put("titel", "Brief");
        c.put("auteur", "Pietersen");
        c.put("creatiedatum", "2021-03-03");
        c.put("trefwoorden", List.of("bouw"));
        String twee = admin(c).post(EIO).then().statusCode(201).extract().path("url");
        as(admin()).queryParam("bronorganisatie", bron).get(EIO).then().statusCode(200)
                .body("results.url", containsInAnyOrder(een, twee));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("titel", "bouwtekening").get(EIO).then()
                .statusCode(200).body("results.url", contains(een));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("auteur", "pieter").get(EIO).then()
                .statusCode(200).body("results.url", contains(twee));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("trefwoorden", "bouw,vergunning").get(EIO).then()
                .statusCode(200).body("results.url", contains(een));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("creatiedatum__gte", "2021-01-01").get(EIO).then()
                .statusCode(200).body("results.url", contains(twee));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("creatiedatum__lte", "2021-01-01").get(EIO).then()
                .statusCode(200).body("results.url", contains(een));
        as(admin()).queryParam("bronorganisatie", bron).queryParam("ordering", "-creatiedatum").get(EIO).then()
                .statusCode(200).body("results.url", contains(twee, een));
        String identificatie = as(admin()).get(een).then().extract().path("identificatie");
        as(admin()).queryParam("identificatie", identificatie).get(EIO).then().statusCode(200)
                .body("results.url", contains(een));
        as(admin()).queryParam("creatiedatum__gte", "gisteren").get(EIO).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'creatiedatum__gte' }.code", hasItem("invalid"));
        as(admin()).queryParam("onbekend", "x").get(EIO).then().statusCode(400)
                .body("invalidParams.code", hasItem("unknown-parameters"));
    }

    @Test
    void drcListsOnlyDocumentsOfAuthorisedTypesUpToTheirMaximum() {
        String type = informatieobjecttype("openbaar");
        Map<String, Object> open = body(type, null);
        String bron = (String) open.get("bronorganisatie");
        String zichtbaar = admin(open).post(EIO).then().statusCode(201).extract().path("url");
        Map<String, Object> geheim = body(type, null);
        geheim.put("bronorganisatie", bron);
        geheim.put("vertrouwelijkheidaanduiding", "geheim");
        String verborgen = admin(geheim).post(EIO).then().statusCode(201).extract().path("url");
        Map<String, Object> ander = body(informatieobjecttype("openbaar"), null);
        ander.put("bronorganisatie", bron);
        admin(ander).post(EIO).then().statusCode(201);
        String lezer = TestAutorisaties.client("drc-lezer-" + java.util.UUID.randomUUID())
                .informatieobjecttype(type, Vertrouwelijkheidaanduiding.INTERN, Scopes.Drc.LEZEN).bearer();
        as(lezer).queryParam("bronorganisatie", bron).get(EIO).then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(zichtbaar));
        as(lezer).get(verborgen).then().statusCode(403);
        as(lezer).accept("*/*").get(verborgen + "/download").then().statusCode(403);
        as(lezer).body(Map.of("uuid__in", List.of(uuid(zichtbaar), uuid(verborgen)))).post(EIO + "/_zoek").then()
                .statusCode(200).body("results.url", contains(zichtbaar));
    }

    @Test
    void zoekFindsByUuidIn() {
        String type = informatieobjecttype("openbaar");
        String een = document(type, null);
        String twee = document(type, null);
        document(type, null);
        admin(Map.of("uuid__in", List.of(uuid(een), uuid(twee)))).post(EIO + "/_zoek").then().statusCode(200)
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(een, twee));
        admin(Map.of("identificatie", "x")).post(EIO + "/_zoek").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'uuid__in' }.code", hasItem("required"));
        admin(Map.of("uuid__in", List.of("geen-uuid"))).post(EIO + "/_zoek").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'uuid__in.0' }.code", hasItem("invalid"));
    }

    @Test
    void expandInformatieobjecttype() {
        String type = informatieobjecttype("openbaar");
        String url = document(type, null);
        as(admin()).queryParam("expand", "informatieobjecttype").get(url).then().statusCode(200)
                .body("_expand.informatieobjecttype.url", equalTo(type));
        as(admin()).queryParam("expand", "auteur").get(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }

    @Test
    void etagAndHead() {
        String url = document(informatieobjecttype("openbaar"), null);
        String etag = as(admin()).get(url).then().statusCode(200).extract().header("ETag");
        as(admin()).header("If-None-Match", etag).get(url).then().statusCode(304);
        as(admin()).head(url).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void drc008DeleteRemovesTheDocumentAndItsContent() throws Exception {
        String url = document(informatieobjecttype("openbaar"), new byte[]{9, 9, 9});
        as(admin()).delete(url).then().statusCode(204);
        as(admin()).get(url).then().statusCode(404);
        as(admin()).get(url + "/audittrail").then().statusCode(404);
    }

    @Test
    void drc008LockedDocumentCannotBeDeleted() {
        String url = document(informatieobjecttype("openbaar"), null);
        lock(url);
        as(admin()).delete(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("destroy-locked"));
    }

    @Test
    void auditTrailHasEveryWrite() {
        String url = document(informatieobjecttype("openbaar"), null);
        String lock = lock(url);
        admin(Map.of("titel", "nieuw", "lock", lock)).patch(url).then().statusCode(200);
        as(admin()).get(url + "/audittrail").then().statusCode(200)
                .body("actie", contains("create", "partial_update"))
                .body("[1].wijzigingen.nieuw.titel", equalTo("nieuw"))
                .body("[0].wijzigingen.oud", nullValue());
    }
}
