package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /statustypen: CRUD, volgnummer unique per zaaktype, isEindstatus, filters. */
@QuarkusTest
class StatustypeTest {

    @Test
    void crudAndEindstatus() {
        String zaaktype = zaaktype(catalogus(), unique("ST"));
        String eerste = statustype(zaaktype, 1);
        String tweede = statustype(zaaktype, 2);
        as(admin()).get(path(eerste)).then().statusCode(200).body("isEindstatus", equalTo(false))
                .body("zaaktype", equalTo(zaaktype)).body("beginGeldigheid", equalTo("2024-01-01"))
                .body("checklistitemStatustype", empty()).body("statustekst", equalTo(""))
                .body("informeren", equalTo(false)).header("ETag", notNullValue());
        as(admin()).get(path(tweede)).then().body("isEindstatus", equalTo(true));
        admin(Map.of("statustekst", "Uw zaak is ontvangen")).patch(path(eerste)).then().statusCode(200)
                .body("statustekst", equalTo("Uw zaak is ontvangen")).body("volgnummer", equalTo(1));
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "Afgerond", "volgnummer", 3)).put(path(tweede))
                .then().statusCode(200).body("omschrijving", equalTo("Afgerond")).body("volgnummer", equalTo(3));
        as(admin()).head(path(tweede)).then().statusCode(200).header("ETag", notNullValue());
        as(admin()).delete(path(tweede)).then().statusCode(204);
        as(admin()).get(path(eerste)).then().body("isEindstatus", equalTo(true));
    }

    @Test
    void volgnummerIsUniquePerZaaktype() {
        String zaaktype = zaaktype(catalogus(), unique("STU"));
        statustype(zaaktype, 1);
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "dubbel", "volgnummer", 1)).post(ROOT + "/statustypen")
                .then().statusCode(400).body("invalidParams.code", hasItem("unique"));
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "te hoog", "volgnummer", 10000))
                .post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "volgnummer"), hasEntry("code", "max_value"))));
        admin(Map.of("omschrijving", "x", "volgnummer", 1)).post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "zaaktype"), hasEntry("code", "required"))));
    }

    @Test
    void beginGeldigheidMustMatchTheZaaktype() {
        String zaaktype = zaaktype(catalogus(), unique("STB"));
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "x", "volgnummer", 1, "beginGeldigheid", "2020-01-01"))
                .post(ROOT + "/statustypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "beginGeldigheid"), hasEntry("code", "geldigheid-mismatch"))));
    }

    @Test
    void filters() {
        String catalogus = catalogus();
        String id = unique("STF");
        String zaaktype = zaaktype(catalogus, id);
        statustype(zaaktype, 1);
        statustype(zaaktype, 2);
        as(admin()).get(ROOT + "/statustypen?zaaktype=" + zaaktype).then().statusCode(200).body("count", equalTo(0));
        as(admin()).get(ROOT + "/statustypen?status=alles&zaaktype=" + zaaktype).then().body("count", equalTo(2))
                .body("results.volgnummer", contains(1, 2));
        as(admin()).get(ROOT + "/statustypen?status=concept&zaaktypeIdentificatie=" + id).then()
                .body("count", equalTo(2));
        as(admin()).get(ROOT + "/statustypen?status=alles&zaaktype_identificatie=" + id).then()
                .body("count", equalTo(2));
        as(admin()).get(ROOT + "/statustypen?status=alles&zaaktypeIdentificatie=" + id + "&datumGeldigheid=2023-01-01")
                .then().body("count", equalTo(0));
        as(admin()).get(ROOT + "/statustypen?status=alles&zaaktypeIdentificatie=" + id + "&datumGeldigheid=2024-05-01")
                .then().body("count", equalTo(2));
        as(admin()).get(ROOT + "/statustypen?status=x").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid_choice"));
        as(admin()).get(ROOT + "/statustypen?zaaktype=x").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid"));
    }
}
