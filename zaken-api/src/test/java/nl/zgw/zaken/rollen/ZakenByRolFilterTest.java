package nl.zgw.zaken.rollen;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.zaken.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.rollen.DelenFixtures.ROOT;
import static nl.zgw.zaken.rollen.DelenFixtures.persoon;
import static nl.zgw.zaken.rollen.DelenFixtures.post;
import static nl.zgw.zaken.rollen.DelenFixtures.rol;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The rol__ filters of GET /zaken (and POST /zaken/_zoek): one EXISTS per parameter over the rol columns. */
@QuarkusTest
class ZakenByRolFilterTest {

    static DelenFixtures.Zaaktype zt;
    static String bsn;
    static String metInitiator;
    static String metBehandelaar;
    static String geheim;
    static String zonder;

    /** Made once for the class, in the first test (REST Assured knows the test port only per test). */
    @BeforeEach
    void data() {
        if (zt != null) {
            return;
        }
        zt = DelenFixtures.zaaktype();
        bsn = DelenFixtures.bsn();
        metInitiator = Fixtures.zaak(zt.url());
        post("rollen", rol(metInitiator, zt.initiator(), "natuurlijk_persoon", persoon(bsn)));
        post("rollen", rol(metInitiator, zt.behandelaar(), "medewerker", Map.of("identificatie", "mw-" + bsn)));
        metBehandelaar = Fixtures.zaak(zt.url());
        post("rollen", rol(metBehandelaar, zt.behandelaar(), "natuurlijk_persoon", Map.of("inpBsn", bsn,
                "anpIdentificatie", "anp-" + bsn, "inpA_nummer", "2" + bsn)));
        Map<String, Object> vestiging = rol(metBehandelaar, zt.behandelaar(), "vestiging",
                Map.of("vestigingsNummer", "v-" + bsn));
        vestiging.put("betrokkene", "https://kvk.example.com/vestigingen/" + bsn);
        post("rollen", vestiging);
        post("rollen", rol(metBehandelaar, zt.behandelaar(), "niet_natuurlijk_persoon", Map.of("innNnpId", bsn,
                "annIdentificatie", "ann-" + bsn)));
        post("rollen", rol(metBehandelaar, zt.behandelaar(), "organisatorische_eenheid",
                Map.of("identificatie", "oe-" + bsn)));
        geheim = Fixtures.zaak(zt.url(), "geheim");
        post("rollen", rol(geheim, zt.initiator(), "natuurlijk_persoon", persoon(bsn)));
        zonder = Fixtures.zaak(zt.url());
    }

    private static void finds(String query, String... zaken) {
        as(Fixtures.admin()).get(ROOT + "/zaken?" + query).then().statusCode(200)
                .body("count", equalTo(zaken.length)).body("results.url", containsInAnyOrder(zaken));
    }

    @Test
    void byBsnFindsEveryZaakOfThatPersonOnce() {
        finds("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=" + bsn, metInitiator, metBehandelaar, geheim);
    }

    @Test
    void byEveryOtherIdentificatie() {
        String p = "rol__betrokkeneIdentificatie__";
        finds(p + "natuurlijkPersoon__anpIdentificatie=anp-" + bsn, metBehandelaar);
        finds(p + "natuurlijkPersoon__inpA_nummer=2" + bsn, metBehandelaar);
        finds(p + "nietNatuurlijkPersoon__innNnpId=" + bsn, metBehandelaar);
        finds(p + "nietNatuurlijkPersoon__annIdentificatie=ann-" + bsn, metBehandelaar);
        finds(p + "vestiging__vestigingsNummer=v-" + bsn, metBehandelaar);
        finds(p + "organisatorischeEenheid__identificatie=oe-" + bsn, metBehandelaar);
        finds(p + "medewerker__identificatie=mw-" + bsn, metInitiator);
        finds("rol__betrokkene=https://kvk.example.com/vestigingen/" + bsn, metBehandelaar);
    }

    @Test
    void combinedWithTypeAndOmschrijvingGeneriek() {
        String byBsn = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=" + bsn;
        finds(byBsn + "&rol__omschrijvingGeneriek=initiator", metInitiator, geheim);
        finds(byBsn + "&rol__betrokkeneType=vestiging", metBehandelaar);
        finds(byBsn + "&rol__omschrijvingGeneriek=adviseur");
    }

    @Test
    void zrc006TheRestrictedCallerDoesNotSeeTheGeheimeZaak() {
        String lezer = TestAutorisaties.client("bsn-lezer-" + UUID.randomUUID())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.ZAAKVERTROUWELIJK, Scopes.Zrc.LEZEN).bearer();
        as(lezer).get(ROOT + "/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=" + bsn).then()
                .statusCode(200).body("count", equalTo(2))
                .body("results.url", containsInAnyOrder(metInitiator, metBehandelaar));
    }

    @Test
    void zoekTakesTheSameRolFields() {
        as(Fixtures.admin()).body(Map.of("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", bsn,
                        "rol__omschrijvingGeneriek", "behandelaar"))
                .post(ROOT + "/zaken/_zoek").then().statusCode(200)
                // each rol__ parameter is met by some rol of the zaak (as on GET /zaken and in Open Zaak): the
                // initiator's zaak matches by its BSN rol and by its medewerker behandelaar
                .body("count", equalTo(2)).body("results.url", containsInAnyOrder(metInitiator, metBehandelaar));
    }

    @Test
    void badValues() {
        as(Fixtures.admin()).get(ROOT + "/zaken?rol__betrokkeneType=persoon").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'rol__betrokkeneType' }.code", hasItem("invalid_choice"));
        as(Fixtures.admin()).get(ROOT + "/zaken?rol__omschrijvingGeneriek=baas").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'rol__omschrijvingGeneriek' }.code",
                        hasItem("invalid_choice"));
        as(Fixtures.admin()).get(ROOT + "/zaken?rol__betrokkene=geen-url").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'rol__betrokkene' }.code", hasItem("invalid"));
    }
}
