package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** expand (Besluiten 1.1.0) on the besluit detail and list: the besluittype from the real Catalogi API. */
@QuarkusTest
class ExpandTest {

    @Test
    void theBesluittypeIsExpandedOnDetailAndList() {
        String besluittype = besluittype();
        String url = besluit(besluittype);
        as(admin()).queryParam("expand", "besluittype").get(path(url)).then().statusCode(200)
                .body("_expand.besluittype.url", equalTo(besluittype))
                .body("_expand.besluittype.concept", equalTo(false));
        as(admin()).queryParam("expand", "besluittype").queryParam("besluittype", besluittype)
                .get(ROOT + "/besluiten").then().statusCode(200)
                .body("results[0]._expand.besluittype.url", equalTo(besluittype));
    }

    @Test
    void theInformatieobjectOfARelationIsExpandedFromTheDocumentenApi() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String bio = admin(java.util.Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        as(admin()).queryParam("expand", "informatieobject").get(path(bio)).then().statusCode(200)
                .body("_expand.informatieobject.url", equalTo(document))
                .body("_expand.informatieobject.informatieobjecttype", equalTo(t.informatieobjecttype()));
    }

    @Test
    void anEmptyZaakExpandsToAnEmptyObject() {
        String url = besluit(besluittype());
        as(admin()).queryParam("expand", "zaak").get(path(url)).then().statusCode(200)
                .body("_expand.zaak.url", nullValue());
    }

    @Test
    void withoutExpandThereIsNoExpandMember() {
        String url = besluit(besluittype());
        as(admin()).get(path(url)).then().statusCode(200).body("_expand", nullValue());
    }

    @Test
    void anUnknownExpandFieldIs400() {
        String url = besluit(besluittype());
        as(admin()).queryParam("expand", "toelichting").get(path(url)).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
        as(admin()).queryParam("expand", "onbekend").get(ROOT + "/besluiten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }
}
