package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.zaken.StatusFixtures.ROOT;
import static nl.zgw.zaken.StatusFixtures.admin;
import static nl.zgw.zaken.StatusFixtures.as;
import static nl.zgw.zaken.StatusFixtures.eigenschap;
import static nl.zgw.zaken.StatusFixtures.path;
import static nl.zgw.zaken.StatusFixtures.resultaat;
import static nl.zgw.zaken.StatusFixtures.status;
import static nl.zgw.zaken.StatusFixtures.zaak;
import static nl.zgw.zaken.StatusFixtures.zaaktype;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** zrc-007: closing a zaak by its eindstatus, and what a closed zaak still allows. */
@QuarkusTest
class ZaakAfsluitenTest {

    @Test
    void zrc007AnEindstatusWithoutResultaatIsResultaatDoesNotExist() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        admin(Map.of("zaak", zaak, "statustype", zt.eindstatus(), "datumStatusGezet", "2024-03-15T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code",
                        hasItem("resultaat-does-not-exist"));
        as(admin()).get(path(zaak)).then().statusCode(200).body("einddatum", nullValue()).body("status", nullValue());
    }

    @Test
    void zrc007TheEindstatusClosesTheZaakOnTheDateOfDatumStatusGezet() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        status(zaak, zt.beginstatus(), "2024-01-11T10:00:00Z");
        resultaat(zaak, zt.resultaattype());
        String eind = status(zaak, zt.eindstatus(), "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("status", equalTo(eind))
                .body("einddatum", equalTo("2024-03-15"));
    }

    @Test
    void zrc007TheEinddatumIsTheDutchDateOfTheMoment() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), "2024-03-15T23:30:00Z");          // 00:30 on 16 March in Amsterdam
        as(admin()).get(path(zaak)).then().statusCode(200).body("einddatum", equalTo("2024-03-16"));
    }

    @Test
    void zrc007ResultaatOfAClosedZaakChangesOnlyWithGeforceerdBijwerken() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        String resultaat = resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), "2024-03-15T10:00:00Z");
        String bijwerker = TestAutorisaties.client("afsluiten-bijwerker-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.LEZEN)
                .bearer();
        as(bijwerker).body(Map.of("toelichting", "later")).patch(path(resultaat)).then().statusCode(403)
                .body("detail", equalTo("You are not allowed to modify closed zaak data"));
        String geforceerd = TestAutorisaties.client("afsluiten-geforceerd-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.GEFORCEERD_BIJWERKEN).bearer();
        as(geforceerd).body(Map.of("toelichting", "later")).patch(path(resultaat)).then().statusCode(200)
                .body("toelichting", equalTo("later"));
    }

    @Test
    void zrc007ZaakeigenschappenOfAClosedZaakChangeOnlyWithGeforceerdBijwerken() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), "2024-03-15T10:00:00Z");
        String bijwerker = TestAutorisaties.client("afsluiten-eig-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.BIJWERKEN).bearer();
        as(bijwerker).body(Map.of("zaak", zaak, "eigenschap", zt.eigenschap(), "waarde", "20240101"))
                .post(path(zaak) + "/zaakeigenschappen").then().statusCode(403);
        eigenschap(zaak, zt.eigenschap(), "20240101");                     // admin has geforceerd-bijwerken
    }

    @Test
    void zrc007ASecondEindstatusOnAClosedZaakNeedsHeropenen() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), "2024-03-15T10:00:00Z");
        String toevoeger = TestAutorisaties.client("afsluiten-toevoeger-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.STATUSSEN_TOEVOEGEN).bearer();
        as(toevoeger).body(Map.of("zaak", zaak, "statustype", zt.eindstatus(),
                "datumStatusGezet", "2024-03-16T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(403);
    }
}
