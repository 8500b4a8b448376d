package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /roltypen: CRUD, omschrijvingGeneriek enum and filter. */
@QuarkusTest
class RoltypeTest {

    @Test
    void crudAndFilters() {
        String id = unique("RT");
        String zaaktype = zaaktype(catalogus(), id);
        String roltype = roltype(zaaktype);
        as(admin()).get(path(roltype)).then().statusCode(200).body("omschrijvingGeneriek", equalTo("initiator"))
                .body("zaaktypeIdentificatie", equalTo(id)).body("catalogus", notNullValue());
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar"))
                .post(ROOT + "/roltypen").then().statusCode(201);
        // §5.2: omschrijving is unique per zaaktype
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "Behandelaar", "omschrijvingGeneriek", "adviseur"))
                .post(ROOT + "/roltypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "unique"))));
        String q = ROOT + "/roltypen?status=alles&zaaktype=" + zaaktype;
        as(admin()).get(q).then().body("count", equalTo(2));
        as(admin()).get(q + "&omschrijvingGeneriek=behandelaar").then().body("count", equalTo(1))
                .body("results[0].omschrijving", equalTo("Behandelaar"));
        as(admin()).get(q + "&omschrijvingGeneriek=baas").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid_choice"));
        admin(Map.of("omschrijvingGeneriek", "adviseur")).patch(path(roltype)).then().statusCode(200)
                .body("omschrijvingGeneriek", equalTo("adviseur"));
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "x", "omschrijvingGeneriek", "baas"))
                .post(ROOT + "/roltypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "omschrijvingGeneriek"), hasEntry("code", "invalid_choice"))));
        as(admin()).delete(path(roltype)).then().statusCode(204);
        as(admin()).get(path(roltype)).then().statusCode(404);
    }

    @Test
    void paginates() {
        String zaaktype = zaaktype(catalogus(), unique("PAG"));
        String bearer = admin();
        for (int i = 0; i < 101; i++) {
            as(bearer).body(Map.of("zaaktype", zaaktype, "omschrijving", "R" + i, "omschrijvingGeneriek", "adviseur"))
                    .post(ROOT + "/roltypen").then().statusCode(201);
        }
        String q = ROOT + "/roltypen?status=alles&zaaktype=" + zaaktype;
        as(bearer).get(q).then().statusCode(200).body("count", equalTo(101)).body("results", hasSize(100))
                .body("previous", nullValue()).body("next", endsWith("page=2"));
        as(bearer).get(q + "&page=1").then().body("results", hasSize(100));
        as(bearer).get(q + "&page=2").then().statusCode(200).body("results", hasSize(1))
                .body("next", nullValue()).body("previous", endsWith("page=1"));
        as(bearer).get(q + "&page=3").then().statusCode(404);
        as(bearer).get(q + "&page=x").then().statusCode(404);
    }
}
