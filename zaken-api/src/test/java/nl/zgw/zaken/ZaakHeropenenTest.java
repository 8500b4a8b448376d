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
import static nl.zgw.zaken.StatusFixtures.path;
import static nl.zgw.zaken.StatusFixtures.resultaat;
import static nl.zgw.zaken.StatusFixtures.status;
import static nl.zgw.zaken.StatusFixtures.zaak;
import static nl.zgw.zaken.StatusFixtures.zaaktype;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** zrc-008: reopening a closed zaak by a status that is no eindstatus. */
@QuarkusTest
class ZaakHeropenenTest {

    private static String geslotenZaak(StatusFixtures.Zaaktype zt) {
        String zaak = zaak(zt.url());
        resultaat(zaak, zt.resultaattype());
        status(zaak, zt.eindstatus(), "2024-03-15T10:00:00Z");
        as(admin()).get(path(zaak)).then().body("einddatum", equalTo("2024-03-15"))
                .body("archiefnominatie", equalTo("vernietigen")).body("archiefactiedatum", equalTo("2034-03-15"));
        return zaak;
    }

    @Test
    void zrc008ReopeningClearsEinddatumArchiefnominatieAndArchiefactiedatum() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = geslotenZaak(zt);
        String heropener = TestAutorisaties.client("heropener-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.HEROPENEN, Scopes.Zrc.LEZEN)
                .bearer();
        String status = as(heropener).body(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                        "datumStatusGezet", "2024-03-20T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(201)
                .extract().path("url");
        as(heropener).get(path(zaak)).then().statusCode(200)
                .body("status", equalTo(status))
                .body("einddatum", nullValue())
                .body("archiefnominatie", nullValue())                      // null again, as the VNG collection expects
                .body("archiefactiedatum", nullValue());
    }

    @Test
    void zrc008WithoutZakenHeropenenAClosedZaakGetsNoStatus() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = geslotenZaak(zt);
        String toevoeger = TestAutorisaties.client("geen-heropener-" + System.nanoTime())
                .zaaktype(zt.url(), Vertrouwelijkheidaanduiding.GEHEIM, Scopes.Zrc.STATUSSEN_TOEVOEGEN,
                        Scopes.Zrc.AANMAKEN, Scopes.Zrc.BIJWERKEN).bearer();
        as(toevoeger).body(Map.of("zaak", zaak, "statustype", zt.beginstatus(),
                        "datumStatusGezet", "2024-03-20T10:00:00Z")).post(ROOT + "/statussen").then().statusCode(403)
                .body("code", equalTo("permission_denied"));
        as(admin()).get(path(zaak)).then().body("einddatum", equalTo("2024-03-15"));
    }

    @Test
    void zrc008AReopenedZaakClosesAgainWithFreshArchiveParameters() {
        StatusFixtures.Zaaktype zt = zaaktype();
        String zaak = geslotenZaak(zt);
        status(zaak, zt.beginstatus(), "2024-03-20T10:00:00Z");
        status(zaak, zt.eindstatus(), "2024-04-01T10:00:00Z");
        as(admin()).get(path(zaak)).then().statusCode(200)
                .body("einddatum", equalTo("2024-04-01"))
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2034-04-01"));
    }
}
