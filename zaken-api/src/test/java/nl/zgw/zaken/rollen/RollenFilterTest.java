package nl.zgw.zaken.rollen;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.zaken.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.rollen.DelenFixtures.ROOT;
import static nl.zgw.zaken.rollen.DelenFixtures.post;
import static nl.zgw.zaken.rollen.DelenFixtures.rol;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every filter of GET /rollen, each on data of its own zaak, and a bad value per typed filter. */
@QuarkusTest
class RollenFilterTest {

    static DelenFixtures.Zaaktype zt;
    static String zaak;
    static String np;
    static String nnp;
    static String vestiging;
    static String oe;
    static String medewerker;
    static String bsn;
    static String betrokkene;

    /** Made once for the class, in the first test (REST Assured knows the test port only per test). */
    @BeforeEach
    void data() {
        if (zt != null) {
            return;
        }
        zt = DelenFixtures.zaaktype();
        zaak = Fixtures.zaak(zt.url());
        bsn = DelenFixtures.bsn();
        np = post("rollen", rol(zaak, zt.initiator(), "natuurlijk_persoon", Map.of("inpBsn", bsn,
                "anpIdentificatie", "anp-" + bsn, "inpA_nummer", "1" + bsn)));
        nnp = post("rollen", rol(zaak, zt.behandelaar(), "niet_natuurlijk_persoon", Map.of("innNnpId", bsn,
                "annIdentificatie", "ann-" + bsn)));
        vestiging = post("rollen", rol(zaak, zt.behandelaar(), "vestiging", Map.of("vestigingsNummer", "v-" + bsn)));
        oe = post("rollen", rol(zaak, zt.behandelaar(), "organisatorische_eenheid", Map.of("identificatie",
                "oe-" + bsn)));
        betrokkene = "https://medewerkers.example.com/api/v1/medewerkers/" + bsn;
        Map<String, Object> mw = rol(zaak, zt.behandelaar(), "medewerker", Map.of("identificatie", "oe-" + bsn));
        mw.put("betrokkene", betrokkene);
        medewerker = post("rollen", mw);
    }

    private static void finds(String query, String... urls) {
        as(Fixtures.admin()).get(ROOT + "/rollen?" + query).then().statusCode(200)
                .body("count", equalTo(urls.length)).body("results.url", containsInAnyOrder(urls));
    }

    @Test
    void zaakListsAllItsRollenNewestFirst() {
        as(Fixtures.admin()).get(ROOT + "/rollen?zaak=" + zaak).then().statusCode(200)
                .body("count", equalTo(5)).body("results.url", contains(medewerker, oe, vestiging, nnp, np));
    }

    @Test
    void byBetrokkeneIdentificatieOfEachKind() {
        String p = "betrokkeneIdentificatie__";
        finds(p + "natuurlijkPersoon__inpBsn=" + bsn, np);
        finds(p + "natuurlijkPersoon__anpIdentificatie=anp-" + bsn, np);
        finds(p + "natuurlijkPersoon__inpA_nummer=1" + bsn, np);
        finds(p + "nietNatuurlijkPersoon__innNnpId=" + bsn, nnp);
        finds(p + "nietNatuurlijkPersoon__annIdentificatie=ann-" + bsn, nnp);
        finds(p + "vestiging__vestigingsNummer=v-" + bsn, vestiging);
        // the same value in an organisatorische eenheid and a medewerker: each filter finds its own kind only
        finds(p + "organisatorischeEenheid__identificatie=oe-" + bsn, oe);
        finds(p + "medewerker__identificatie=oe-" + bsn, medewerker);
    }

    @Test
    void byTheOtherFields() {
        finds("zaak=" + zaak + "&betrokkeneType=vestiging", vestiging);
        finds("betrokkene=" + betrokkene, medewerker);
        finds("zaak=" + zaak + "&roltype=" + zt.initiator(), np);
        finds("zaak=" + zaak + "&omschrijving=Aanvrager", np);
        finds("zaak=" + zaak + "&omschrijvingGeneriek=initiator", np);
        finds("zaak=" + zaak + "&omschrijvingGeneriek=behandelaar", nnp, vestiging, oe, medewerker);
        finds("zaak=" + zaak + "&omschrijvingGeneriek=adviseur");
    }

    @Test
    void badValuesAndUnknownParameters() {
        as(Fixtures.admin()).get(ROOT + "/rollen?betrokkeneType=persoon").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'betrokkeneType' }.code", hasItem("invalid_choice"));
        as(Fixtures.admin()).get(ROOT + "/rollen?omschrijvingGeneriek=baas").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'omschrijvingGeneriek' }.code", hasItem("invalid_choice"));
        as(Fixtures.admin()).get(ROOT + "/rollen?zaak=geen-url").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'zaak' }.code", hasItem("invalid"));
        as(Fixtures.admin()).get(ROOT + "/rollen?bsn=1").then().statusCode(400)
                .body("invalidParams.code", hasItem("unknown-parameters"));
        as(Fixtures.admin()).get(ROOT + "/rollen?expand=betrokkene.x").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }

    @Test
    void expandRoltypeAndZaak() {
        as(Fixtures.admin()).get(ROOT + "/rollen?zaak=" + zaak + "&omschrijvingGeneriek=initiator&expand=roltype,zaak")
                .then().statusCode(200)
                .body("results[0]._expand.roltype.url", equalTo(zt.initiator()))
                .body("results[0]._expand.roltype.omschrijvingGeneriek", equalTo("initiator"))
                .body("results[0]._expand.zaak.url", equalTo(zaak));
        as(Fixtures.admin()).get(Fixtures.path(np) + "?expand=roltype").then().statusCode(200)
                .body("_expand.roltype.omschrijving", equalTo("Aanvrager"));
    }
}
