package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
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

/**
 * zrc-021 end to end: closing a zaak derives archiefnominatie and archiefactiedatum from its resultaattype in the real
 * Catalogi API (afgehandeld, termijn, eigenschap, ander_datumkenmerk; the other afleidingswijzen are unit tested in
 * {@code domain.archief.ArchiefactiedatumTest}).
 */
@QuarkusTest
class ArchiefactiedatumTest {

    private static void sluit(String zaak, StatusFixtures.Zaaktype zt, String datum) {
        resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), datum);
    }

    @Test
    void zrc021AfgehandeldIsEinddatumPlusArchiefactietermijn() {
        StatusFixtures.Zaaktype zt = zaaktype(StatusFixtures.Archief.afgehandeld("P5Y"));
        String zaak = zaak(zt.url());
        sluit(zaak, zt, "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2029-03-15"));
    }

    @Test
    void zrc021AnArchiefnominatieAndArchiefactiedatumOfTheZaakAreKept() {
        StatusFixtures.Zaaktype zt = zaaktype(StatusFixtures.Archief.afgehandeld("P5Y"));
        String zaak = zaak(zt.url(), Map.of("archiefnominatie", "blijvend_bewaren",
                "archiefactiedatum", "2050-01-01"));
        sluit(zaak, zt, "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("archiefnominatie", equalTo("blijvend_bewaren"))
                .body("archiefactiedatum", equalTo("2050-01-01"));
    }

    @Test
    void zrc021ADateInThePastIsStillSet() {
        StatusFixtures.Zaaktype zt = zaaktype(StatusFixtures.Archief.afgehandeld("P1Y"));
        String zaak = zaak(zt.url(), Map.of("startdatum", "2001-01-01"));
        sluit(zaak, zt, "2002-02-02T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200).body("archiefactiedatum", equalTo("2003-02-02"));
    }

    @Test
    void zrc021TermijnIsEinddatumPlusProcestermijnPlusArchiefactietermijn() {
        StatusFixtures.Zaaktype zt = zaaktype(new StatusFixtures.Archief("blijvend_bewaren", "P10Y",
                Map.of("afleidingswijze", "termijn", "procestermijn", "P2Y")));
        String zaak = zaak(zt.url());
        sluit(zaak, zt, "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("archiefnominatie", equalTo("blijvend_bewaren"))
                .body("archiefactiedatum", equalTo("2036-03-15"));
    }

    @Test
    void zrc021EigenschapIsTheDateInTheZaakeigenschapPlusArchiefactietermijn() {
        StatusFixtures.Zaaktype zt = zaaktype(new StatusFixtures.Archief("vernietigen", "P1Y",
                Map.of("afleidingswijze", "eigenschap", "datumkenmerk", "vervaldatum")));
        String zaak = zaak(zt.url());
        eigenschap(zaak, zt.eigenschap(), "20300601");
        sluit(zaak, zt, "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200).body("archiefactiedatum", equalTo("2031-06-01"));
    }

    @Test
    void zrc021EigenschapMissingIsArchiefactiedatumErrorAndTheZaakStaysOpen() {
        StatusFixtures.Zaaktype zt = zaaktype(new StatusFixtures.Archief("vernietigen", "P1Y",
                Map.of("afleidingswijze", "eigenschap", "datumkenmerk", "vervaldatum")));
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        admin(Map.of("zaak", zaak, "statustype", zt.eindstatus(), "datumStatusGezet", "2024-03-15T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("archiefactiedatum-error"));
        as(admin()).get(path(zaak)).then().statusCode(200).body("einddatum", nullValue());
    }

    @Test
    void zrc021EigenschapThatIsNoDateIsArchiefactiedatumError() {
        StatusFixtures.Zaaktype zt = zaaktype(new StatusFixtures.Archief("vernietigen", "P1Y",
                Map.of("afleidingswijze", "eigenschap", "datumkenmerk", "vervaldatum")));
        String zaak = zaak(zt.url());
        eigenschap(zaak, zt.eigenschap(), "volgend jaar");
        resultaat(zaak, zt.resultaattype());
        admin(Map.of("zaak", zaak, "statustype", zt.eindstatus(), "datumStatusGezet", "2024-03-15T10:00:00Z"))
                .post(ROOT + "/statussen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("archiefactiedatum-error"));
    }

    @Test
    void zrc021AnderDatumkenmerkLeavesTheArchiefactiedatumToTheClient() {
        StatusFixtures.Zaaktype zt = zaaktype(new StatusFixtures.Archief("vernietigen", "P1Y",
                Map.of("afleidingswijze", "ander_datumkenmerk", "datumkenmerk", "overlijdensdatum",
                        "objecttype", "natuurlijk_persoon", "registratie", "BRP")));
        String zaak = zaak(zt.url());
        sluit(zaak, zt, "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("einddatum", equalTo("2024-03-15"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", nullValue());
    }
}
