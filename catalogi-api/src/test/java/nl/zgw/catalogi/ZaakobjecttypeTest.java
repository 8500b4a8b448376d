package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /zaakobjecttypen: CRUD and every filter of the OAS. */
@QuarkusTest
class ZaakobjecttypeTest {

    @Test
    void crudAndFilters() {
        String catalogus = catalogus();
        String id = unique("ZOT");
        String zaaktype = zaaktype(catalogus, id);
        admin(Map.of("zaaktype", zaaktype, "anderObjecttype", false,
                "objecttype", "https://objecttypen.example.com/api/v2/objecttypes/1",
                "relatieOmschrijving", "betreft")).post(ROOT + "/zaakobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "catalogus"), hasEntry("code", "required"))));
        String url = admin(Map.of("zaaktype", zaaktype, "catalogus", catalogus, "anderObjecttype", false,
                "objecttype", "https://objecttypen.example.com/api/v2/objecttypes/1",
                "relatieOmschrijving", "betreft")).post(ROOT + "/zaakobjecttypen").then().statusCode(201)
                .body("catalogus", equalTo(catalogus)).body("statustypen", empty())
                .body("beginGeldigheid", equalTo("2024-01-01")).extract().path("url");
        as(admin()).get(path(zaaktype)).then().body("zaakobjecttypen", contains(url));
        String q = ROOT + "/zaakobjecttypen?zaaktype=" + zaaktype;
        as(admin()).get(q).then().body("count", equalTo(1));
        as(admin()).get(q + "&anderObjecttype=false&catalogus=" + catalogus + "&zaaktypeIdentificatie=" + id
                + "&relatieOmschrijving=betreft&objecttype=https://objecttypen.example.com/api/v2/objecttypes/1"
                + "&datumBeginGeldigheid=2024-01-01&datumGeldigheid=2024-02-01").then().body("count", equalTo(1));
        as(admin()).get(q + "&anderObjecttype=true").then().body("count", equalTo(0));
        as(admin()).get(q + "&datumEindeGeldigheid=2024-01-01").then().body("count", equalTo(0));
        as(admin()).get(q + "&anderObjecttype=misschien").then().statusCode(400)
                .body("invalidParams.code", hasItem("invalid"));
        admin(Map.of("relatieOmschrijving", "gaat over")).patch(path(url)).then().statusCode(200)
                .body("relatieOmschrijving", equalTo("gaat over"));
        as(admin()).delete(path(url)).then().statusCode(204);
    }
}
