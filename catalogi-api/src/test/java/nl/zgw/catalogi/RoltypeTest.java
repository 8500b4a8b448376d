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
        String q = ROOT + "/roltypen?status=alles&zaaktype=" + zaaktype;
        as(admin()).get(q).then().body("count", equalTo(2));
        as(admin()).get(q + "&omschrijvingGeneriek=behandelaar").then().body("count", equalTo(1))
                .body("results[0].omschrijving", equalTo("Behandelaar"));
        as(admin()).get(q + "&omschrijvingGeneriek=baas").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid_choice"));
        admin(Map.of("omschrijvingGeneriek", "adviseur")).patch(path(roltype)).then().statusCode(200)
                .body("omschrijvingGeneriek", equalTo("adviseur"));
        admin(Map.of("zaaktype", zaaktype, "omschrijving", "x", "omschrijvingGeneriek", "baas"))
                .post(ROOT + "/roltypen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("omschrijvingGeneriek"))
                .body("invalidParams[0].code", equalTo("invalid_choice"));
        as(admin()).delete(path(roltype)).then().statusCode(204);
        as(admin()).get(path(roltype)).then().statusCode(404);
    }
}
