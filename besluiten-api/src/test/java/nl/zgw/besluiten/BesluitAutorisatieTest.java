package nl.zgw.besluiten;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Autorisaties by besluittype (zgw-standard §2, brc): reads, lists (in SQL), writes, expand. */
@QuarkusTest
class BesluitAutorisatieTest {

    @Test
    void listsShowOnlyBesluitenOfAuthorisedBesluittypen() {
        String zichtbaar = besluittype();
        String verborgen = besluittype();
        String a = besluit(zichtbaar);
        besluit(verborgen);
        String lezer = TestAutorisaties.client("brc-lezer-lijst").besluittype(zichtbaar, Scopes.Brc.LEZEN).bearer();
        as(lezer).get(ROOT + "/besluiten").then().statusCode(200)
                .body("count", equalTo(1)).body("results.url", contains(a));
    }

    @Test
    void aBesluitOfAnotherBesluittypeIs403OnRead() {
        String url = besluit(besluittype());
        String lezer = TestAutorisaties.client("brc-lezer-ander").besluittype(besluittype(), Scopes.Brc.LEZEN)
                .bearer();
        as(lezer).get(path(url)).then().statusCode(403).body("code", equalTo("permission_denied"));
    }

    @Test
    void createAsksTheBesluittypeOfTheBody() {
        String besluittype = besluittype();
        String maker = TestAutorisaties.client("brc-maker").besluittype(besluittype, Scopes.Brc.AANMAKEN).bearer();
        as(maker).body(besluitBody(besluittype)).post(ROOT + "/besluiten").then().statusCode(201);
        as(maker).body(besluitBody(besluittype())).post(ROOT + "/besluiten").then().statusCode(403);
    }

    @Test
    void updateAndDeleteAskTheBesluittypeOfTheBesluit() {
        String besluittype = besluittype();
        String url = besluit(besluittype);
        String ander = TestAutorisaties.client("brc-schrijver-ander")
                .besluittype(besluittype(), Scopes.Brc.BIJWERKEN, Scopes.Brc.VERWIJDEREN).bearer();
        as(ander).body(Map.of("toelichting", "x")).patch(path(url)).then().statusCode(403);
        as(ander).delete(path(url)).then().statusCode(403);
        String eigen = TestAutorisaties.client("brc-schrijver-eigen")
                .besluittype(besluittype, Scopes.Brc.BIJWERKEN, Scopes.Brc.VERWIJDEREN).bearer();
        as(eigen).body(Map.of("toelichting", "x")).patch(path(url)).then().statusCode(200);
        as(eigen).delete(path(url)).then().statusCode(204);
    }

    @Test
    void aBesluitinformatieobjectIsWrittenThroughTheBesluittypeOfItsBesluit() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String ander = TestAutorisaties.client("brc-bio-schrijver-ander")
                .besluittype(besluittype(), Scopes.Brc.AANMAKEN, Scopes.Brc.VERWIJDEREN).bearer();
        as(ander).body(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(403);
        String eigen = TestAutorisaties.client("brc-bio-schrijver-eigen")
                .besluittype(t.besluittype(), Scopes.Brc.AANMAKEN, Scopes.Brc.VERWIJDEREN).bearer();
        String bio = as(eigen).body(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        as(ander).delete(path(bio)).then().statusCode(403);
        as(eigen).delete(path(bio)).then().statusCode(204);
    }

    /** expand never shows more than the list and the read do: the besluittype autorisatie holds with expand. */
    @Test
    void expandKeepsToTheBesluittypenOfTheCaller() {
        Typen zichtbaar = typen();
        Typen verborgen = typen();
        String document = document(zichtbaar.informatieobjecttype());
        String eigen = besluit(zichtbaar.besluittype());
        String ander = besluit(verborgen.besluittype());
        String bio = admin(Map.of("besluit", eigen, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        String verborgenBio = admin(Map.of("besluit", ander,
                        "informatieobject", document(verborgen.informatieobjecttype())))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
        String lezer = TestAutorisaties.client("brc-expand-lezer")
                .besluittype(zichtbaar.besluittype(), Scopes.Brc.LEZEN).bearer();

        as(lezer).queryParam("expand", "besluittype").get(ROOT + "/besluiten").then().statusCode(200)
                .body("results.url", contains(eigen))
                .body("results[0]._expand.besluittype.url", equalTo(zichtbaar.besluittype()));
        as(lezer).queryParam("expand", "besluittype").get(path(ander)).then().statusCode(403);
        as(lezer).queryParam("expand", "besluit.besluittype").get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(bio))
                .body("[0]._expand.besluit.url", equalTo(eigen))
                .body("[0]._expand.besluit._expand.besluittype.url", equalTo(zichtbaar.besluittype()));
        as(lezer).queryParam("expand", "besluit").get(path(verborgenBio)).then().statusCode(403);
    }

    @Test
    void besluitinformatieobjectenAreListedThroughTheirBesluit() {
        String lezer = TestAutorisaties.client("brc-bio-lezer").besluittype(besluittype(), Scopes.Brc.LEZEN)
                .bearer();
        as(lezer).get(ROOT + "/besluitinformatieobjecten").then().statusCode(200).body("size()", equalTo(0));
    }
}
