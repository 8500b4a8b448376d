package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /zaakinformatieobjecten: CRUD, filters and the rules zrc-003, zrc-004, zrc-017, zrc-006 and the archiefstatus. */
@QuarkusTest
class ZaakInformatieObjectTest {

    static final String ZIO = ROOT + "/zaakinformatieobjecten";

    @Inject
    NepDocumenten documenten;
    @Inject
    AgroalDataSource dataSource;

    record Zaak(Fixtures.Zaaktype zaaktype, String url) {
    }

    /**
     * A new zaak of a published zaaktype with an informatieobjecttype. The zaaktype (catalogue configuration, not
     * the data under test) is made once per test run; tests about zaaktypen make their own.
     */
    static Zaak zaak() {
        Fixtures.Zaaktype zt = gedeeldZaaktype();
        return new Zaak(zt, Fixtures.zaak(zt.url()));
    }

    private static Fixtures.Zaaktype gedeeld;

    static synchronized Fixtures.Zaaktype gedeeldZaaktype() {
        if (gedeeld == null) {
            gedeeld = Fixtures.zaaktype();
        }
        return gedeeld;
    }

    static Map<String, Object> body(String zaak, String informatieobject) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaak", zaak);
        m.put("informatieobject", informatieobject);
        return m;
    }

    static String zio(String zaak, String informatieobject) {
        return as(admin()).body(body(zaak, informatieobject)).post(ZIO).then().statusCode(201).extract().path("url");
    }

    private static List<String> codes(Response r, String name) {
        return r.jsonPath().getList("invalidParams.findAll { it.name == '" + name + "' }.code");
    }

    @Test
    void zrc004CreateSetsAardRelatieAndRegistratiedatumItselfAndAnswersTheRelation() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        Map<String, Object> body = body(zaak.url(), document);
        body.put("titel", "Aanvraag");
        body.put("beschrijving", "De aanvraag zelf");
        body.put("aardRelatieWeergave", "bla");                         // read-only: ignored
        body.put("registratiedatum", "2001-01-01T00:00:00Z");           // read-only: ignored
        OffsetDateTime voor = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

        Response r = as(admin()).body(body).post(ZIO);
        r.then().statusCode(201)
                .header("Location", equalTo(r.jsonPath().getString("url")))
                .body("zaak", equalTo(zaak.url()))
                .body("informatieobject", equalTo(document))
                .body("aardRelatieWeergave", equalTo("Hoort bij, omgekeerd: kent"))
                .body("titel", equalTo("Aanvraag"))
                .body("beschrijving", equalTo("De aanvraag zelf"))
                .body("vernietigingsdatum", nullValue())
                .body("status", nullValue());
        OffsetDateTime registratie = OffsetDateTime.parse(r.jsonPath().getString("registratiedatum"));
        assertTrue(!registratie.isBefore(voor), registratie + " before " + voor);
        String url = r.jsonPath().getString("url");
        assertTrue(url.endsWith(ROOT + "/zaakinformatieobjecten/" + r.jsonPath().getString("uuid")));

        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url))
                .body("registratiedatum", equalTo(r.jsonPath().getString("registratiedatum")));
        as(admin()).get(path(zaak.url())).then().statusCode(200).body("zaakinformatieobjecten", contains(url));
    }

    @Test
    void unsetTextFieldsAnswerEmptyStrings() {
        Zaak zaak = zaak();
        String url = zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        as(admin()).get(path(url)).then().statusCode(200).body("titel", equalTo("")).body("beschrijving", equalTo(""));
    }

    @Test
    void headAnswersTheETagOfTheGetAndNoBody() {
        Zaak zaak = zaak();
        String url = zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        String etag = as(admin()).get(path(url)).then().statusCode(200).extract().header("ETag");
        as(admin()).head(path(url)).then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).header("If-None-Match", etag).get(path(url)).then().statusCode(304);
    }

    @Test
    void theListFiltersByZaakAndByInformatieobject() {
        Zaak a = zaak();
        Zaak b = zaak();
        String doc1 = documenten.document(a.zaaktype().informatieobjecttype());
        String doc2 = documenten.document(a.zaaktype().informatieobjecttype());
        String a1 = zio(a.url(), doc1);
        String a2 = zio(a.url(), doc2);
        String b1 = zio(b.url(), documenten.document(b.zaaktype().informatieobjecttype()));

        as(admin()).queryParam("zaak", a.url()).get(ZIO).then().statusCode(200).body("url", contains(a1, a2));
        as(admin()).queryParam("informatieobject", doc2).get(ZIO).then().statusCode(200).body("url", contains(a2));
        as(admin()).queryParam("zaak", b.url()).queryParam("informatieobject", doc1).get(ZIO).then().statusCode(200)
                .body("", empty());
        as(admin()).queryParam("zaak", b.url()).get(ZIO).then().statusCode(200).body("url", contains(b1));
    }

    @Test
    void aFilterValueThatIsNoUrlIsInvalidAndAnUnknownParameterRefused() {
        Response r = as(admin()).queryParam("zaak", "geen-url").get(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("invalid"), codes(r, "zaak"));
        Response onbekend = as(admin()).queryParam("onbekend", "x").get(ZIO);
        onbekend.then().statusCode(400);
        assertEquals(List.of("unknown-parameters"), codes(onbekend, "nonFieldErrors"));
    }

    @Test
    void requiredFieldsAndLengthsAreReportedTogether() {
        Map<String, Object> body = new HashMap<>();
        body.put("titel", "x".repeat(201));
        Response r = as(admin()).body(body).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("required"), codes(r, "zaak"));
        assertEquals(List.of("required"), codes(r, "informatieobject"));
        assertEquals(List.of("max_length"), codes(r, "titel"));

        Map<String, Object> nulls = new HashMap<>();
        nulls.put("zaak", null);
        nulls.put("informatieobject", "geen url");
        Response n = as(admin()).body(nulls).post(ZIO);
        n.then().statusCode(400);
        assertEquals(List.of("null"), codes(n, "zaak"));
        assertEquals(List.of("invalid"), codes(n, "informatieobject"));
    }

    @Test
    void zrc003AnInformatieobjectThatDoesNotResolveIsBadUrl() {
        Zaak zaak = zaak();
        Response r = as(admin()).body(body(zaak.url(), NepDocumenten.ROOT + "/enkelvoudiginformatieobjecten/"
                + java.util.UUID.randomUUID())).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("bad-url"), codes(r, "informatieobject"));
    }

    @Test
    void aZaakUrlThatIsNoZaakOrDoesNotExistIsReported() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        Response r = as(admin()).body(body("https://elders.example.com/iets/1", document)).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("no_match"), codes(r, "zaak"));
        String weg = zaak.url().substring(0, zaak.url().lastIndexOf('/') + 1) + java.util.UUID.randomUUID();
        Response d = as(admin()).body(body(weg, document)).post(ZIO);
        d.then().statusCode(400);
        assertEquals(List.of("does_not_exist"), codes(d, "zaak"));
    }

    @Test
    void zrc017TheInformatieobjecttypeMustBeOneOfTheZaaktype() {
        Zaak zaak = zaak();
        String vreemd = Fixtures.zaaktype().informatieobjecttype();      // published, but of another zaaktype
        Response r = as(admin()).body(body(zaak.url(), documenten.document(vreemd))).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("missing-zaaktype-informatieobjecttype-relation"), codes(r, "nonFieldErrors"));
    }

    @Test
    void zrc003TheZaakRelatesADocumentOnlyOnce() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        zio(zaak.url(), document);
        Response r = as(admin()).body(body(zaak.url(), document)).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("unique"), codes(r, "nonFieldErrors"));
    }

    @Test
    void aDocumentCanOnlyBeRelatedToAZaakThatIsStillToBeArchived() {
        Fixtures.Zaaktype zt = gedeeldZaaktype();
        Map<String, Object> gearchiveerd = Fixtures.zaakBody(zt.url());
        gearchiveerd.put("archiefnominatie", "vernietigen");
        gearchiveerd.put("archiefactiedatum", "2030-01-01");
        gearchiveerd.put("archiefstatus", "gearchiveerd");
        String zaak = Fixtures.zaak(gearchiveerd);
        Response r = as(admin()).body(body(zaak, documenten.document(zt.informatieobjecttype()))).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("zaak-archiefstatus-invalid"), codes(r, "nonFieldErrors"));
    }

    @Test
    void aStatusMustBeAStatusOfThisApi() {
        Zaak zaak = zaak();
        Map<String, Object> body = body(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        body.put("status", "https://elders.example.com/statussen/1");
        Response r = as(admin()).body(body).post(ZIO);
        r.then().statusCode(400);
        assertEquals(List.of("no_match"), codes(r, "status"));
    }

    @Test
    void zrc004OnUpdateTheZaakAndTheInformatieobjectMayNotChange() {
        Zaak zaak = zaak();
        String url = zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        Zaak ander = zaak();
        Response r = as(admin()).body(body(ander.url(), documenten.document(ander.zaaktype().informatieobjecttype())))
                .put(path(url));
        r.then().statusCode(400);
        assertEquals(List.of("wijzigen-niet-toegelaten"), codes(r, "zaak"));
        assertEquals(List.of("wijzigen-niet-toegelaten"), codes(r, "informatieobject"));
    }

    @Test
    void putChangesTheRelationDataAndKeepsTheRegistratiedatum() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        String url = zio(zaak.url(), document);
        String registratie = as(admin()).get(path(url)).then().extract().path("registratiedatum");
        Map<String, Object> body = body(zaak.url(), document);
        body.put("titel", "Nieuw");
        body.put("vernietigingsdatum", "2040-01-01T10:00:00Z");
        as(admin()).body(body).put(path(url)).then().statusCode(200)
                .body("titel", equalTo("Nieuw")).body("beschrijving", equalTo(""))
                .body("vernietigingsdatum", equalTo("2040-01-01T10:00:00Z"))
                .body("registratiedatum", equalTo(registratie));
    }

    @Test
    void patchMergesOverTheCurrentStateAndAcceptsSnakeCase() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        Map<String, Object> body = body(zaak.url(), document);
        body.put("titel", "Oud");
        body.put("beschrijving", "Blijft");
        String url = as(admin()).body(body).post(ZIO).then().statusCode(201).extract().path("url");
        as(admin()).body(Map.of("titel", "Nieuw", "vernietigingsdatum", "2040-01-01T10:00:00Z")).patch(path(url))
                .then().statusCode(200)
                .body("titel", equalTo("Nieuw")).body("beschrijving", equalTo("Blijft"))
                .body("zaak", equalTo(zaak.url())).body("informatieobject", equalTo(document));
        as(admin()).body(Map.of("vernietigingsdatum", "2041-02-02T10:00:00Z")).patch(path(url)).then()
                .statusCode(200).body("vernietigingsdatum", equalTo("2041-02-02T10:00:00Z"));
        Response r = as(admin()).body(Map.of("informatieobject", documenten.document(
                zaak.zaaktype().informatieobjecttype()))).patch(path(url));
        r.then().statusCode(400);
        assertEquals(List.of("wijzigen-niet-toegelaten"), codes(r, "informatieobject"));
    }

    @Test
    void deleteRemovesTheRelationButNotTheZaak() {
        Zaak zaak = zaak();
        String url = zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
        as(admin()).get(path(zaak.url())).then().statusCode(200).body("zaakinformatieobjecten", empty());
    }

    @Test
    void zrc006TheListLeavesOutRelationsOfZakenTheCallerMayNotSee() {
        Fixtures.Zaaktype eigen = Fixtures.zaaktype();
        Zaak zichtbaar = new Zaak(eigen, Fixtures.zaak(eigen.url()));
        Zaak onzichtbaar = zaak();
        String geheim = Fixtures.zaak(zichtbaar.zaaktype().url(), "geheim");
        String a = zio(zichtbaar.url(), documenten.document(zichtbaar.zaaktype().informatieobjecttype()));
        String b = zio(onzichtbaar.url(), documenten.document(onzichtbaar.zaaktype().informatieobjecttype()));
        String c = zio(geheim, documenten.document(zichtbaar.zaaktype().informatieobjecttype()));
        String lezer = TestAutorisaties.client("zio-lezer").zaaktype(zichtbaar.zaaktype().url(),
                Vertrouwelijkheidaanduiding.OPENBAAR, Scopes.Zrc.LEZEN).bearer();

        List<String> urls = as(lezer).get(ZIO).then().statusCode(200).extract().path("url");
        assertTrue(urls.contains(a));
        assertTrue(!urls.contains(b) && !urls.contains(c), urls.toString());
        as(lezer).get(path(a)).then().statusCode(200);
        as(lezer).get(path(b)).then().statusCode(403);
        as(lezer).get(path(c)).then().statusCode(403);
    }

    @Test
    void writingNeedsAWriteScopeForTheZaaksZaaktype() {
        Fixtures.Zaaktype eigen = Fixtures.zaaktype();
        Zaak zaak = new Zaak(eigen, Fixtures.zaak(eigen.url()));
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        String lezer = TestAutorisaties.client("zio-alleen-lezer").zaaktype(zaak.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN).bearer();
        as(lezer).body(body(zaak.url(), document)).post(ZIO).then().statusCode(403);
        String aanmaker = TestAutorisaties.client("zio-aanmaker").zaaktype(zaak.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.AANMAKEN, Scopes.Zrc.LEZEN).bearer();
        String url = as(aanmaker).body(body(zaak.url(), document)).post(ZIO).then().statusCode(201)
                .extract().path("url");
        // zaken.aanmaken creates, but changing and deleting need zaken.bijwerken (or verwijderen)
        as(aanmaker).body(Map.of("titel", "x")).patch(path(url)).then().statusCode(403);
        as(aanmaker).delete(path(url)).then().statusCode(403);
        String ander = TestAutorisaties.client("zio-ander-zaaktype").zaaktype(gedeeldZaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.LEZEN).bearer();
        as(ander).delete(path(url)).then().statusCode(403);
        String verwijderaar = TestAutorisaties.client("zio-verwijderaar").zaaktype(zaak.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.VERWIJDEREN).bearer();
        as(verwijderaar).delete(path(url)).then().statusCode(204);
    }

    @Test
    void expandGivesTheZaakAndTheDocument() {
        Zaak zaak = zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        String url = zio(zaak.url(), document);
        as(admin()).queryParam("expand", "zaak,informatieobject").get(path(url)).then().statusCode(200)
                .body("_expand.zaak.url", equalTo(zaak.url()))
                .body("_expand.informatieobject.url", equalTo(document))
                .body("_expand.informatieobject.informatieobjecttype",
                        equalTo(zaak.zaaktype().informatieobjecttype()));
        as(admin()).queryParam("zaak", zaak.url()).queryParam("expand", "zaak.zaaktype").get(ZIO).then()
                .statusCode(200).body("[0]._expand.zaak._expand.zaaktype.url", equalTo(zaak.zaaktype().url()));
        as(admin()).queryParam("expand", "onbekend").get(path(url)).then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid-expand-field"));
    }

    /**
     * Standard §1.8: expand shows a document only to a caller who may read it in the Documenten API (its drc
     * autorisaties: informatieobjecttype and maximum vertrouwelijkheidaanduiding), although the Zaken API fetches it
     * with its own token.
     */
    @Test
    void expandLeavesOutADocumentTheCallerMayNotReadInTheDocumentenApi() {
        Zaak zaak = zaak();
        String iot = zaak.zaaktype().informatieobjecttype();
        String openbaar = zio(zaak.url(), documenten.document(iot, "definitief", "openbaar"));
        String geheim = zio(zaak.url(), documenten.document(iot, "definitief", "geheim"));
        String zonderDrc = TestAutorisaties.client("zio-expand-zonder-drc").zaaktype(zaak.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN).bearer();
        String metDrc = TestAutorisaties.client("zio-expand-drc-openbaar").zaaktype(zaak.zaaktype().url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN)
                .informatieobjecttype(iot, Vertrouwelijkheidaanduiding.OPENBAAR, Scopes.Drc.LEZEN).bearer();
        as(zonderDrc).queryParam("expand", "informatieobject").get(path(openbaar)).then().statusCode(200)
                .body("_expand.informatieobject.url", nullValue());
        as(metDrc).queryParam("expand", "informatieobject").get(path(openbaar)).then().statusCode(200)
                .body("_expand.informatieobject.vertrouwelijkheidaanduiding", equalTo("openbaar"));
        as(metDrc).queryParam("expand", "informatieobject").get(path(geheim)).then().statusCode(200)
                .body("_expand.informatieobject.url", nullValue());
        as(admin()).queryParam("expand", "informatieobject").get(path(geheim)).then().statusCode(200)
                .body("_expand.informatieobject.vertrouwelijkheidaanduiding", equalTo("geheim"));
    }

    @Test
    void onlyTheCreateIsNotifiedWithTheZaaksKenmerken() {
        Zaak zaak = zaak();
        String url = zio(zaak.url(), documenten.document(zaak.zaaktype().informatieobjecttype()));
        as(admin()).body(Map.of("titel", "x")).patch(path(url)).then().statusCode(200);
        as(admin()).delete(path(url)).then().statusCode(204);

        List<JsonNode> sent = Uitgaand.notificaties(dataSource, zaak.url(), "zaakinformatieobject");
        assertEquals(1, sent.size(), sent.toString());
        JsonNode n = sent.get(0);
        assertEquals("zaken", n.path("kanaal").asText());
        assertEquals("create", n.path("actie").asText());
        assertEquals(url, n.path("resourceUrl").asText());
        assertEquals("517439943", n.path("kenmerken").path("bronorganisatie").asText());
        assertEquals(zaak.zaaktype().url(), n.path("kenmerken").path("zaaktype").asText());
        assertEquals("openbaar", n.path("kenmerken").path("vertrouwelijkheidaanduiding").asText());
        assertEquals(3, n.path("kenmerken").size());
    }

    @Test
    void aRejectedCreateLeavesNoRelationNoNotificationAndNoSynchronisation() {
        Zaak zaak = zaak();
        String vreemd = documenten.document(Fixtures.zaaktype().informatieobjecttype());
        as(admin()).body(body(zaak.url(), vreemd)).post(ZIO).then().statusCode(400);
        as(admin()).queryParam("zaak", zaak.url()).get(ZIO).then().statusCode(200).body("", hasSize(0));
        assertTrue(Uitgaand.notificaties(dataSource, zaak.url(), "zaakinformatieobject").isEmpty());
        assertEquals(0, documenten.pogingen(vreemd, zaak.url()));
        as(admin()).get(path(zaak.url())).then().statusCode(200).body("zaakinformatieobjecten", empty());
    }

    @Test
    void zrc007TheDocumentsOfAClosedZaakChangeOnlyWithGeforceerdBijwerken() throws Exception {
        Fixtures.Zaaktype eigen = Fixtures.zaaktype();
        Zaak zaak = new Zaak(eigen, Fixtures.zaak(eigen.url()));
        String url = zio(zaak.url(), documenten.document(eigen.informatieobjecttype()));
        // closing is the eindstatus's work (branch zaken-status); here the closed state is set in the table itself
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "UPDATE zaak SET einddatum = current_date WHERE uuid = ?")) {
            ps.setObject(1, java.util.UUID.fromString(Fixtures.uuidOf(zaak.url())));
            assertEquals(1, ps.executeUpdate());
        }
        String bijwerker = TestAutorisaties.client("zio-bijwerker-gesloten").zaaktype(eigen.url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN, Scopes.Zrc.BIJWERKEN).bearer();
        as(bijwerker).body(body(zaak.url(), documenten.document(eigen.informatieobjecttype()))).post(ZIO).then()
                .statusCode(403);
        as(bijwerker).body(Map.of("titel", "x")).patch(path(url)).then().statusCode(403);
        as(bijwerker).delete(path(url)).then().statusCode(403);
        String geforceerd = TestAutorisaties.client("zio-geforceerd").zaaktype(eigen.url(),
                Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Zrc.LEZEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN).bearer();
        as(geforceerd).body(Map.of("titel", "correctie")).patch(path(url)).then().statusCode(200)
                .body("titel", equalTo("correctie"));
        as(geforceerd).body(body(zaak.url(), documenten.document(eigen.informatieobjecttype()))).post(ZIO).then()
                .statusCode(201);
    }

    @Test
    void zrc022TheArchiefstatusLeavesNogTeArchiverenOnlyWhenEveryDocumentIsGearchiveerd() {
        Zaak zaak = zaak();
        String definitief = documenten.document(zaak.zaaktype().informatieobjecttype(), "definitief");
        String gearchiveerd = documenten.document(zaak.zaaktype().informatieobjecttype(), "gearchiveerd");
        zio(zaak.url(), gearchiveerd);
        String nogNiet = zio(zaak.url(), definitief);
        Map<String, Object> archiveren = Map.of("archiefnominatie", "vernietigen", "archiefactiedatum", "2030-01-01",
                "archiefstatus", "gearchiveerd");
        Response r = as(admin()).body(archiveren).patch(path(zaak.url()));
        r.then().statusCode(400);
        assertEquals(List.of("documents-not-archived"), codes(r, "archiefstatus"));

        as(admin()).delete(path(nogNiet)).then().statusCode(204);
        as(admin()).body(archiveren).patch(path(zaak.url())).then().statusCode(200)
                .body("archiefstatus", equalTo("gearchiveerd"));
    }

    @Test
    void anUnknownRelationIs404() {
        as(admin()).get(ZIO + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(admin()).delete(ZIO + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
