package nl.zgw.e2e;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What every flow below stands on: the types the other services check (zrc-001, drc-001, brc-001/007/008) made and
 * published in the started Catalogi API, and read back there with their relations as URLs.
 */
class CatalogiSmokeTest extends E2eTest {

    @Test
    void publishedTypesWithTheirRelations() {
        CatalogiTypes t = CatalogiTypes.published();

        atUrl().get(t.zaaktype()).then().statusCode(200)
                .body("concept", equalTo(false))
                .body("catalogus", equalTo(t.catalogus()))
                .body("informatieobjecttypen", contains(t.informatieobjecttype()))
                .body("besluittypen", contains(t.besluittype()));
        atUrl().get(t.besluittype()).then().statusCode(200)
                .body("concept", equalTo(false))
                .body("informatieobjecttypen", contains(t.informatieobjecttype()))
                .body("zaaktypen", contains(t.zaaktype()));
        atUrl().get(t.informatieobjecttype()).then().statusCode(200)
                .body("concept", equalTo(false))
                .body("catalogus", equalTo(t.catalogus()));
        at("catalogi").queryParam("catalogus", t.catalogus()).get("/zaaktypen").then().statusCode(200)
                .body("count", equalTo(1))
                .body("results.url", hasItem(t.zaaktype()));
    }
}
