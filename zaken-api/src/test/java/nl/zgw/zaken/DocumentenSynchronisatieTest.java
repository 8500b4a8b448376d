package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.sync.SynchronisatieRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * zrc-005 / zrc-023 / standard §9: a zaakinformatieobject is mirrored as an objectinformatieobject in the Documenten
 * API after it committed here (the Documenten API checks back, drc-004), its delete and the zaak's delete remove the
 * mirror, and a Documenten API that is down gets the change later from the persisted synchronisation, while the
 * client got its answer at once. Runs against {@link NepDocumenten} (the Documenten API cannot be started by this
 * module's tests, see its javadoc), through the real relay and the real {@code zgw_synchronisatie} table.
 */
@QuarkusTest
class DocumentenSynchronisatieTest {

    private static final Duration WACHT = Duration.ofSeconds(20);

    @Inject
    NepDocumenten documenten;
    @Inject
    SynchronisatieRelay relay;

    @AfterEach
    void documentenWeerBeschikbaar() {
        documenten.plat(false);
    }

    private static String sleutelVan(String zaak) {
        return "zaakinformatieobject:" + Fixtures.uuidOf(zaak) + ":";
    }

    @Test
    void zrc005TheMirrorIsMadeAfterCommitWithObjectTypeZaak() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        ZaakInformatieObjectTest.zio(zaak.url(), document);

        // the fake refuses a mirror whose zaakinformatieobject it cannot see in the Zaken API (drc-004)
        await().atMost(WACHT).until(() -> documenten.heeft(document, zaak.url()));
        assertEquals(List.of(new NepDocumenten.Oio(document, zaak.url())), documenten.van(document));
        await().atMost(WACHT).until(() -> relay.openstaand(sleutelVan(zaak.url())).isEmpty());
        assertEquals(1, documenten.pogingen(document, zaak.url()));
    }

    @Test
    void zrc005DeletingTheRelationRemovesTheMirror() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        String zio = ZaakInformatieObjectTest.zio(zaak.url(), document);
        await().atMost(WACHT).until(() -> documenten.heeft(document, zaak.url()));

        as(admin()).delete(path(zio)).then().statusCode(204);
        await().atMost(WACHT).until(() -> !documenten.heeft(document, zaak.url()));
        await().atMost(WACHT).until(() -> relay.openstaand(sleutelVan(zaak.url())).isEmpty());
    }

    @Test
    void zrc023DeletingTheZaakRemovesTheMirrorsOfAllItsDocuments() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String eerste = documenten.document(zaak.zaaktype().informatieobjecttype());
        String tweede = documenten.document(zaak.zaaktype().informatieobjecttype());
        ZaakInformatieObjectTest.zio(zaak.url(), eerste);
        ZaakInformatieObjectTest.zio(zaak.url(), tweede);
        await().atMost(WACHT).until(() -> documenten.heeft(eerste, zaak.url()) && documenten.heeft(tweede, zaak.url()));

        as(admin()).delete(path(zaak.url())).then().statusCode(204);
        await().atMost(WACHT).until(() -> !documenten.heeft(eerste, zaak.url()) && !documenten.heeft(tweede, zaak.url()));
        as(admin()).queryParam("informatieobject", eerste).get(ROOT + "/zaakinformatieobjecten").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void whileTheDocumentenApiIsDownTheClientIsAnsweredAndTheMirrorFollowsWhenItIsBack() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        documenten.plat(true);

        String zio = ZaakInformatieObjectTest.zio(zaak.url(), document);       // 201 at once
        as(admin()).get(path(zio)).then().statusCode(200);
        await().atMost(WACHT).until(() -> documenten.pogingen(document, zaak.url()) >= 2);
        assertFalse(documenten.heeft(document, zaak.url()));
        List<SynchronisatieRelay.Openstaand> open = relay.openstaand(sleutelVan(zaak.url()));
        assertEquals(1, open.size(), open.toString());
        assertEquals("zrc.objectinformatieobject.aanmaken", open.get(0).soort());
        assertTrue(open.get(0).laatsteFout().contains("ConnectException"), open.get(0).laatsteFout());

        documenten.plat(false);
        await().atMost(WACHT).until(() -> documenten.heeft(document, zaak.url()));
        await().atMost(WACHT).until(() -> relay.openstaand(sleutelVan(zaak.url())).isEmpty());
    }

    @Test
    void aRelationDeletedWhileTheDocumentenApiWasDownLeavesNoMirrorBehind() {
        ZaakInformatieObjectTest.Zaak zaak = ZaakInformatieObjectTest.zaak();
        String document = documenten.document(zaak.zaaktype().informatieobjecttype());
        documenten.plat(true);
        String zio = ZaakInformatieObjectTest.zio(zaak.url(), document);
        as(admin()).delete(path(zio)).then().statusCode(204);
        await().atMost(WACHT).until(() -> documenten.pogingen(document, zaak.url()) >= 1);
        // the delete waits (behind the create of the same relation, until the relay's retry of that create finds
        // the relation gone and drops it: which of the two the test sees depends on the relay's timing)
        List<String> open = relay.openstaand(sleutelVan(zaak.url())).stream()
                .map(SynchronisatieRelay.Openstaand::soort).toList();
        assertTrue(open.equals(List.of("zrc.objectinformatieobject.aanmaken", "zrc.objectinformatieobject.verwijderen"))
                || open.equals(List.of("zrc.objectinformatieobject.verwijderen")), open.toString());

        documenten.plat(false);
        await().atMost(WACHT).until(() -> relay.openstaand(sleutelVan(zaak.url())).isEmpty());
        assertFalse(documenten.heeft(document, zaak.url()));
    }
}
