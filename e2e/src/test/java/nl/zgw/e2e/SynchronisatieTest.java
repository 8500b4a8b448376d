package nl.zgw.e2e;

import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The three-way synchronisation of zgw-standard §9 between the started Zaken, Documenten and Besluiten APIs, on
 * types published in the started Catalogi API. Each test runs only once the operations it uses are implemented
 * (see {@link #assumeOperations}); a mirror is awaited for a few seconds, so a synchronous and an outbox-driven
 * implementation both pass.
 */
class SynchronisatieTest extends E2eTest {

    private static final Duration MIRROR = Duration.ofSeconds(15);
    /** A synchronisation that failed during an outage, retried after the service is back (backoff at most 2 s). */
    private static final Duration REPAIR = Duration.ofSeconds(60);

    /** zrc-005 (and drc-004, the Documenten API checking back at the Zaken API before it stores the mirror). */
    @Test
    void zrc005_aZaakinformatieobjectIsMirroredAsObjectinformatieobjectAndItsDeletionToo() {
        assumeOperations("zaken", "POST /zaken", "POST /zaakinformatieobjecten");
        assumeOperations("documenten", "POST /enkelvoudiginformatieobjecten", "GET /objectinformatieobjecten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        String document = document(t);

        String zio = at("zaken").body(map("zaak", zaak, "informatieobject", document))
                .post("/zaakinformatieobjecten").then().statusCode(201)
                .body("zaak", equalTo(zaak)).body("informatieobject", equalTo(document))
                .extract().path("url");

        // as Open Zaak and the VNG collection (zrc-005a) expect: the mirror is there when the 201 arrives
        assertThat(mirrors(document), hasItem(Map.of("object", zaak, "objectType", "zaak")));

        atUrl().delete(zio).then().statusCode(204);
        assertThat(mirrors(document), empty());
    }

    /** brc-006: a besluit with a zaak is mirrored at the Zaken API as a zaakbesluit. */
    @Test
    void brc006_aBesluitWithAZaakIsMirroredAsZaakbesluit() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("besluiten", "POST /besluiten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        assumeReadable(zaak + "/besluiten");

        String besluit = besluit(t, zaak);

        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), hasItem(besluit)));
        // expand (1.1.0) reads the zaak from the Zaken API
        atUrl().queryParam("expand", "zaak").get(besluit).then().statusCode(200)
                .body("_expand.zaak.url", equalTo(zaak)).body("_expand.zaak.zaaktype", equalTo(t.zaaktype()));
    }

    /**
     * brc-005 and brc-009: a besluitinformatieobject is mirrored at the Documenten API; deleting the besluit deletes
     * it, its besluitinformatieobjecten, their mirrors and the zaakbesluit.
     */
    @Test
    void brc005_brc009_aBesluitinformatieobjectIsMirroredAndDeletingTheBesluitRemovesEverything() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("documenten", "POST /enkelvoudiginformatieobjecten", "GET /objectinformatieobjecten");
        assumeOperations("besluiten", "POST /besluiten", "POST /besluitinformatieobjecten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        assumeReadable(zaak + "/besluiten");
        String document = document(t);
        String besluit = besluit(t, zaak);

        String bio = at("besluiten").body(map("besluit", besluit, "informatieobject", document))
                .post("/besluitinformatieobjecten").then().statusCode(201)
                .body("besluit", equalTo(besluit)).body("informatieobject", equalTo(document))
                .extract().path("url");
        await().atMost(MIRROR).untilAsserted(() -> assertThat(mirrors(document),
                hasItem(Map.of("object", besluit, "objectType", "besluit"))));
        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), hasItem(besluit)));

        atUrl().delete(besluit).then().statusCode(204);

        // every side: the besluit, its relation and its audit trail here, the mirror there, the zaakbesluit there
        atUrl().get(besluit).then().statusCode(404);
        atUrl().get(bio).then().statusCode(404);
        atUrl().get(besluit + "/audittrail").then().statusCode(404);
        List<Object> bios = at("besluiten").queryParam("informatieobject", document)
                .get("/besluitinformatieobjecten").then().statusCode(200).extract().path("$");
        assertThat(bios, empty());
        await().atMost(MIRROR).untilAsserted(() -> assertThat(mirrors(document),
                not(hasItem(Map.of("object", besluit, "objectType", "besluit")))));
        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), not(hasItem(besluit))));
        // the zaak and the document themselves stay
        atUrl().get(zaak).then().statusCode(200);
        atUrl().get(document).then().statusCode(200);
    }

    /**
     * brc-009 with the Documenten API down while the besluit is deleted: the client gets its 204, the besluit and its
     * besluitinformatieobject are gone at once, the mirror's removal stays planned and is done once the Documenten
     * API is back (zgw_synchronisatie, retried).
     */
    @Test
    void brc009_aBesluitDeletedWhileTheDocumentenApiIsDownLosesItsMirrorOnceItIsBack() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("documenten", "POST /enkelvoudiginformatieobjecten", "GET /objectinformatieobjecten");
        assumeOperations("besluiten", "POST /besluiten", "POST /besluitinformatieobjecten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        String document = document(t);
        String besluit = besluit(t, zaak);
        at("besluiten").body(map("besluit", besluit, "informatieobject", document))
                .post("/besluitinformatieobjecten").then().statusCode(201);
        assertThat(mirrors(document), hasItem(Map.of("object", besluit, "objectType", "besluit")));

        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), hasItem(besluit)));

        ZgwServices.outage("documenten", () -> {
            atUrl().delete(besluit).then().statusCode(204);
            atUrl().get(besluit).then().statusCode(404);
            atUrl().get(besluit + "/audittrail").then().statusCode(404);
            assertThat(at("besluiten").queryParam("informatieobject", document)
                    .get("/besluitinformatieobjecten").then().statusCode(200).extract().path("$"), empty());
            // the side that is up is repaired at once
            await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), not(hasItem(besluit))));
        });

        await().atMost(REPAIR).untilAsserted(() -> assertThat(mirrors(document),
                not(hasItem(Map.of("object", besluit, "objectType", "besluit")))));
        atUrl().get(document).then().statusCode(200);
    }

    /**
     * brc-009 with the Zaken API down while a besluit of a zaak is deleted: the client gets its 204, the besluit, its
     * relation and the objectinformatieobject are gone at once, and the zaakbesluit is removed once the Zaken API is
     * back (the planned synchronisation, retried).
     */
    @Test
    void brc009_aBesluitDeletedWhileTheZakenApiIsDownLosesItsZaakbesluitOnceItIsBack() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("documenten", "POST /enkelvoudiginformatieobjecten", "GET /objectinformatieobjecten");
        assumeOperations("besluiten", "POST /besluiten", "POST /besluitinformatieobjecten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        String document = document(t);
        String besluit = besluit(t, zaak);
        String bio = at("besluiten").body(map("besluit", besluit, "informatieobject", document))
                .post("/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        assertThat(zaakbesluiten(zaak), hasItem(besluit));

        ZgwServices.outage("zaken", () -> {
            atUrl().delete(besluit).then().statusCode(204);
            atUrl().get(besluit).then().statusCode(404);
            atUrl().get(bio).then().statusCode(404);
            atUrl().get(besluit + "/audittrail").then().statusCode(404);
            await().atMost(MIRROR).untilAsserted(() -> assertThat(mirrors(document),
                    not(hasItem(Map.of("object", besluit, "objectType", "besluit")))));
        });

        await().atMost(REPAIR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), not(hasItem(besluit))));
        atUrl().get(zaak).then().statusCode(200);
    }

    /**
     * brc-006/brc-007 with the Zaken API down while a besluit of a zaak is created: the zaak cannot be checked, so
     * the client gets 400 {@code bad-url} on {@code zaak} and nothing is stored on any side; once the Zaken API is
     * back the same request succeeds and registers the zaakbesluit.
     */
    @Test
    void brc006_aBesluitOfAZaakCreatedWhileTheZakenApiIsDownIsRefusedAndStoresNothing() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("besluiten", "POST /besluiten");
        CatalogiTypes t = CatalogiTypes.published();
        String zaak = zaak(t);
        String today = LocalDate.now().toString();
        Map<String, Object> body = map("verantwoordelijkeOrganisatie", rsin(), "besluittype", t.besluittype(),
                "zaak", zaak, "datum", today, "ingangsdatum", today);

        ZgwServices.outage("zaken", () -> at("besluiten").body(body).post("/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("bad-url")));

        at("besluiten").queryParam("zaak", zaak).get("/besluiten").then().statusCode(200).body("count", equalTo(0));
        assertThat(zaakbesluiten(zaak), empty());
        // the client's retry once the Zaken API answers again (its circuit may stay open a few seconds)
        String besluit = await().atMost(REPAIR).until(() -> at("besluiten").body(body).post("/besluiten")
                .then().extract(), r -> r.statusCode() == 201).path("url");
        at("besluiten").queryParam("zaak", zaak).get("/besluiten").then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(besluit));
        assertThat(zaakbesluiten(zaak), equalTo(List.of(besluit)));
    }

    /**
     * brc-003/brc-005 with the Documenten API down while a besluitinformatieobject is created. A document this service
     * has not read lately cannot be checked: 400 {@code bad-url} on {@code informatieobject}, nothing stored on any side.
     * A document it read less than a minute ago (its reference cache) is accepted: the 201 comes at once, and the
     * objectinformatieobject follows once the Documenten API is back.
     */
    @Test
    void brc005_aBesluitinformatieobjectCreatedWhileTheDocumentenApiIsDownIsRefusedOrMirroredOnceItIsBack() {
        assumeOperations("documenten", "POST /enkelvoudiginformatieobjecten", "GET /objectinformatieobjecten");
        assumeOperations("besluiten", "POST /besluiten", "POST /besluitinformatieobjecten");
        CatalogiTypes t = CatalogiTypes.published();
        String onbekend = document(t);
        String bekend = document(t);
        String eerste = besluit(t, "");
        String tweede = besluit(t, "");
        String derde = besluit(t, "");
        // the Besluiten API reads (and keeps for a minute) the document it relates to the first besluit
        at("besluiten").body(map("besluit", eerste, "informatieobject", bekend))
                .post("/besluitinformatieobjecten").then().statusCode(201);

        String[] gespiegeld = new String[1];
        ZgwServices.outage("documenten", () -> {
            at("besluiten").body(map("besluit", tweede, "informatieobject", onbekend))
                    .post("/besluitinformatieobjecten").then().statusCode(400)
                    .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
            gespiegeld[0] = at("besluiten").body(map("besluit", derde, "informatieobject", bekend))
                    .post("/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        });

        assertThat(at("besluiten").queryParam("besluit", tweede).get("/besluitinformatieobjecten")
                .then().statusCode(200).extract().path("$"), empty());
        assertThat(mirrors(onbekend), empty());
        atUrl().get(gespiegeld[0]).then().statusCode(200).body("informatieobject", equalTo(bekend));
        await().atMost(REPAIR).untilAsserted(() -> assertThat(mirrors(bekend),
                hasItem(Map.of("object", derde, "objectType", "besluit"))));
        assertThat(mirrors(bekend), hasItem(Map.of("object", eerste, "objectType", "besluit")));
    }

    /** brc-007 against the real Zaken API: a besluittype the zaak's zaaktype does not list is refused. */
    @Test
    void brc007_aBesluittypeTheZaaktypeDoesNotAllowIsZaaktypeMismatch() {
        assumeOperations("zaken", "POST /zaken");
        assumeOperations("besluiten", "POST /besluiten");
        String zaak = zaak(CatalogiTypes.published());
        String anderBesluittype = CatalogiTypes.published().besluittype();
        String today = LocalDate.now().toString();
        at("besluiten").body(map("verantwoordelijkeOrganisatie", rsin(), "besluittype", anderBesluittype,
                        "zaak", zaak, "datum", today, "ingangsdatum", today))
                .post("/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("zaaktype-mismatch"));
        at("besluiten").queryParam("zaak", zaak).get("/besluiten").then().statusCode(200).body("count", equalTo(0));
        assertThat(zaakbesluiten(zaak), empty());
    }

    // ---- the objects, made through the services

    private static String zaak(CatalogiTypes t) {
        String rsin = rsin();
        return at("zaken").body(map("bronorganisatie", rsin, "verantwoordelijkeOrganisatie", rsin,
                        "zaaktype", t.zaaktype(), "startdatum", LocalDate.now().toString()))
                .post("/zaken").then().statusCode(201).body("zaaktype", equalTo(t.zaaktype()))
                .extract().path("url");
    }

    private static String document(CatalogiTypes t) {
        return at("documenten").body(map("bronorganisatie", rsin(), "creatiedatum", LocalDate.now().toString(),
                        "titel", unique("e2e"), "auteur", "e2e", "taal", "nld",
                        "informatieobjecttype", t.informatieobjecttype(), "vertrouwelijkheidaanduiding", "openbaar",
                        "formaat", "text/plain", "bestandsnaam", "e2e.txt",
                        "inhoud", Base64.getEncoder().encodeToString("e2e".getBytes(StandardCharsets.UTF_8))))
                .post("/enkelvoudiginformatieobjecten").then().statusCode(201)
                .body("informatieobjecttype", equalTo(t.informatieobjecttype()))
                .extract().path("url");
    }

    /** A besluit of the types' besluittype, of {@code zaak} ({@code ""}: of none). */
    private static String besluit(CatalogiTypes t, String zaak) {
        String today = LocalDate.now().toString();
        return at("besluiten").body(map("verantwoordelijkeOrganisatie", rsin(), "besluittype", t.besluittype(),
                        "zaak", zaak, "datum", today, "ingangsdatum", today))
                .post("/besluiten").then().statusCode(201).body("zaak", equalTo(zaak))
                .extract().path("url");
    }

    /** The objectinformatieobjecten of a document at the Documenten API, as {object, objectType}. */
    private static List<Map<String, String>> mirrors(String document) {
        List<Map<String, String>> all = at("documenten").queryParam("informatieobject", document)
                .get("/objectinformatieobjecten").then().statusCode(200).extract().path("$");
        return all.stream().map(o -> Map.of("object", o.get("object"), "objectType", o.get("objectType"))).toList();
    }

    /** The besluit URLs of a zaak's zaakbesluiten at the Zaken API. */
    private static List<String> zaakbesluiten(String zaak) {
        return at("zaken").get("/zaken/" + uuidOf(zaak) + "/besluiten").then().statusCode(200)
                .extract().path("besluit");
    }
}
