package nl.zgw.zaken.rollen;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.zgw.zaken.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.rollen.DelenFixtures.ROOT;
import static nl.zgw.zaken.rollen.DelenFixtures.persoon;
import static nl.zgw.zaken.rollen.DelenFixtures.rol;
import static org.hamcrest.Matchers.hasItem;

/** Bad input on every field of POST /rollen: 400 with the DRF code on the field's (dotted) name. */
@QuarkusTest
class RolInputTest {

    static DelenFixtures.Zaaktype zt;
    static String zaak;

    /** Made once for the class, in the first test (REST Assured knows the test port only per test). */
    @BeforeEach
    void data() {
        if (zt != null) {
            return;
        }
        zt = DelenFixtures.zaaktype();
        zaak = Fixtures.zaak(zt.url());
    }

    private static Map<String, Object> geldig() {
        return rol(zaak, zt.behandelaar(), "natuurlijk_persoon", persoon("111222333"));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return admin(body).post(ROOT + "/rollen").then().statusCode(400);
    }

    private static void fout(Map<String, Object> body, String name, String code) {
        post(body).body("invalidParams.findAll { it.name == '" + name + "' }.code", hasItem(code));
    }

    private static Map<String, Object> met(String veld, Object waarde) {
        Map<String, Object> b = geldig();
        b.put(veld, waarde);
        return b;
    }

    private static Map<String, Object> zonder(String veld) {
        Map<String, Object> b = geldig();
        b.remove(veld);
        return b;
    }

    @Test
    void requiredFields() {
        for (String veld : new String[]{"zaak", "betrokkeneType", "roltype", "roltoelichting"}) {
            fout(zonder(veld), veld, "required");
        }
    }

    @Test
    void nullAndBlank() {
        fout(met("zaak", null), "zaak", "null");
        fout(met("roltoelichting", ""), "roltoelichting", "blank");
        fout(met("roltype", ""), "roltype", "blank");
    }

    @Test
    void choicesAndLengths() {
        fout(met("betrokkeneType", "persoon"), "betrokkeneType", "invalid_choice");
        fout(met("indicatieMachtiging", "altijd"), "indicatieMachtiging", "invalid_choice");
        fout(met("afwijkendeNaamBetrokkene", "x".repeat(626)), "afwijkendeNaamBetrokkene", "max_length");
        fout(met("roltoelichting", "x".repeat(1001)), "roltoelichting", "max_length");
    }

    @Test
    void urls() {
        fout(met("betrokkene", "geen url"), "betrokkene", "invalid");
        fout(met("roltype", "geen url"), "roltype", "invalid");
        fout(met("zaak", "https://elders.example.com/iets/" + UUID.randomUUID()), "zaak", "no_match");
        fout(met("zaak", "http://localhost/zaken/api/v1/zaken/" + UUID.randomUUID()), "zaak", "does_not_exist");
        fout(met("roltype", "https://niet-toegestaan.example.com/catalogi/api/v1/roltypen/" + UUID.randomUUID()),
                "roltype", "bad-url");
    }

    @Test
    void betrokkeneIdentificatieFieldsByTheirSchema() {
        Map<String, Object> id = new HashMap<>();
        id.put("inpBsn", "1234567890");
        id.put("inpA_nummer", "0123456789");
        id.put("geslachtsaanduiding", "x");
        id.put("verblijfsadres", Map.of("aoaHuisnummer", "twaalf"));
        fout(met("betrokkeneIdentificatie", id), "betrokkeneIdentificatie.inpBsn", "max_length");
        fout(met("betrokkeneIdentificatie", id), "betrokkeneIdentificatie.inpA_nummer", "invalid");
        fout(met("betrokkeneIdentificatie", id), "betrokkeneIdentificatie.geslachtsaanduiding", "invalid_choice");
        fout(met("betrokkeneIdentificatie", id), "betrokkeneIdentificatie.verblijfsadres.aoaHuisnummer", "invalid");
        fout(met("betrokkeneIdentificatie", id), "betrokkeneIdentificatie.verblijfsadres.aoaIdentificatie",
                "required");
        fout(met("betrokkeneIdentificatie", "123456782"), "betrokkeneIdentificatie", "invalid");
    }

    @Test
    void contactpersoonRol() {
        fout(met("contactpersoonRol", Map.of("emailadres", "geen-mail")), "contactpersoonRol.naam", "required");
        fout(met("contactpersoonRol", Map.of("naam", "P", "emailadres", "geen-mail")), "contactpersoonRol.emailadres",
                "invalid");
        fout(met("contactpersoonRol", Map.of("naam", "x".repeat(41))), "contactpersoonRol.naam", "max_length");
    }

    @Test
    void aBodyThatIsNoObjectAndMalformedJson() {
        admin("[1]").post(ROOT + "/rollen").then().statusCode(400);
        admin("{").post(ROOT + "/rollen").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("parse_error"));
    }
}
