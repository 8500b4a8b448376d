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

        at("besluiten").body(map("besluit", besluit, "informatieobject", document))
                .post("/besluitinformatieobjecten").then().statusCode(201)
                .body("besluit", equalTo(besluit)).body("informatieobject", equalTo(document));
        await().atMost(MIRROR).untilAsserted(() -> assertThat(mirrors(document),
                hasItem(Map.of("object", besluit, "objectType", "besluit"))));
        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), hasItem(besluit)));

        atUrl().delete(besluit).then().statusCode(204);

        atUrl().get(besluit).then().statusCode(404);
        List<Object> bios = at("besluiten").queryParam("informatieobject", document)
                .get("/besluitinformatieobjecten").then().statusCode(200).extract().path("$");
        assertThat(bios, empty());
        await().atMost(MIRROR).untilAsserted(() -> assertThat(mirrors(document),
                not(hasItem(Map.of("object", besluit, "objectType", "besluit")))));
        await().atMost(MIRROR).untilAsserted(() -> assertThat(zaakbesluiten(zaak), not(hasItem(besluit))));
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

        ZgwServices.outage("documenten", () -> {
            atUrl().delete(besluit).then().statusCode(204);
            atUrl().get(besluit).then().statusCode(404);
            assertThat(at("besluiten").queryParam("informatieobject", document)
                    .get("/besluitinformatieobjecten").then().statusCode(200).extract().path("$"), empty());
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mirrors(document),
                not(hasItem(Map.of("object", besluit, "objectType", "besluit")))));
        assertThat(zaakbesluiten(zaak), not(hasItem(besluit)));
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
