package nl.zgw.besluiten;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /besluitinformatieobjecten with documents of the real Documenten API: create (brc-003, brc-004, brc-005, brc-008,
 * the unique pair), the besluit reference, read, delete (its mirror too), 404s, filters, no update.
 */
@QuarkusTest
class BesluitInformatieObjectTest {

    @Inject
    AgroalDataSource dataSource;

    private static String create(String besluit, String document) {
        return admin(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201).extract().path("url");
    }

    @Test
    void createAnswers201WithLocationAndTheRelation() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        var r = admin(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(201)
                .body("besluit", equalTo(besluit)).body("informatieobject", equalTo(document)).extract();
        String url = r.path("url");
        assertEquals(url, r.header("Location"));
        as(admin()).get(path(url)).then().statusCode(200).body("url", equalTo(url))
                .body("besluit", equalTo(besluit)).body("informatieobject", equalTo(document));
    }

    @Test
    void brc004TheRelationIsStoredAsLegtVastRegisteredNow() throws Exception {
        Typen t = typen();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        String url = create(besluit(t.besluittype()), document(t.informatieobjecttype()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT aard_relatie, registratiedatum FROM besluitinformatieobject WHERE uuid = ?")) {
            ps.setObject(1, UUID.fromString(url.substring(url.lastIndexOf('/') + 1)));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), url);
                assertEquals("legt_vast", rs.getString(1));
                OffsetDateTime registratie = rs.getObject(2, OffsetDateTime.class);
                assertTrue(!registratie.isBefore(before)
                        && registratie.isBefore(OffsetDateTime.now().plus(Duration.ofSeconds(5))), registratie::toString);
            }
        }
    }

    @Test
    void brc005TheRelationIsMirroredAsObjectinformatieobjectWhenThe201Arrives() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        create(besluit, document);
        assertEquals(java.util.List.of(Map.of("object", besluit, "objectType", "besluit")), mirrors(document));
    }

    @Test
    void brc003AnInformatieobjectOutsideTheAllowedApiRootsIsBadUrl() {
        String besluit = besluit(besluittype());
        admin(Map.of("besluit", besluit, "informatieobject",
                "https://elders.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID()))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void brc003AnInformatieobjectTheDocumentenApiDoesNotKnowIsBadUrl() {
        String besluit = besluit(besluittype());
        String missing = ZgwServices.url("documenten") + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        admin(Map.of("besluit", besluit, "informatieobject", missing))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void brc003AUrlThatResolvesToSomethingElseThanAnEnkelvoudiginformatieobjectIsInvalidResource() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        // another kind of resource (a besluittype, an object), and a list of the Documenten API (an array)
        for (String other : new String[] {t.besluittype(), document + "/audittrail"}) {
            admin(Map.of("besluit", besluit, "informatieobject", other))
                    .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                    .body("invalidParams.findAll { it.name == 'informatieobject' }.code",
                            hasItem("invalid-resource"));
        }
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void brc008AnInformatieobjecttypeTheBesluittypeDoesNotAllowIsRefused() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.anderInformatieobjecttype());
        admin(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code",
                        hasItem("missing-besluittype-informatieobjecttype-relation"));
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("size()", equalTo(0));
        assertThat(mirrors(document), empty());
    }

    @Test
    void aDocumentIsRelatedToABesluitOnce() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String first = create(besluit, document);
        admin(Map.of("besluit", besluit, "informatieobject", document))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unique"));
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(first));
        assertEquals(1, mirrors(document).size());
    }

    @Test
    void anUnknownBesluitIsDoesNotExist() {
        admin(Map.of("besluit", "http://localhost/besluiten/api/v1/besluiten/" + UUID.randomUUID(),
                "informatieobject", "https://elders.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/"
                        + UUID.randomUUID()))
                .post(ROOT + "/besluitinformatieobjecten").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'besluit' }.code", hasItem("does_not_exist"))
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("bad-url"));
    }

    @Test
    void brc009DeletingTheRelationRemovesItsObjectinformatieobject() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String url = create(besluit, document);
        assertEquals(1, mirrors(document).size());

        as(admin()).delete(path(url)).then().statusCode(204);

        as(admin()).get(path(url)).then().statusCode(404);
        assertThat(mirrors(document), empty());
        as(admin()).get(path(besluit)).then().statusCode(200);
    }

    @Test
    void brc009DeletingTheBesluitRemovesItsRelationsAndTheirObjectinformatieobjecten() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String een = document(t.informatieobjecttype());
        String twee = document(t.informatieobjecttype());
        String bio = create(besluit, een);
        create(besluit, twee);

        as(admin()).delete(path(besluit)).then().statusCode(204);

        as(admin()).get(path(bio)).then().statusCode(404);
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("size()", equalTo(0));
        assertThat(mirrors(een), empty());
        assertThat(mirrors(twee), empty());
        as(admin()).get(path(besluit) + "/audittrail").then().statusCode(404);
    }

    @Test
    void readAndDeleteOfAnUnknownOneAre404() {
        as(admin()).get(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then().statusCode(404);
        as(admin()).delete(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersOnBesluitAndInformatieobject() {
        Typen t = typen();
        String besluit = besluit(t.besluittype());
        String ander = besluit(t.besluittype());
        String document = document(t.informatieobjecttype());
        String a = create(besluit, document);
        String b = create(ander, document);
        create(ander, document(t.informatieobjecttype()));
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(a));
        as(admin()).queryParam("informatieobject", document).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(a, b));
        as(admin()).queryParam("besluit", ander).queryParam("informatieobject", document)
                .get(ROOT + "/besluitinformatieobjecten").then().statusCode(200).body("url", contains(b));
        as(admin()).queryParam("besluit", "geen-url").get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(400).body("invalidParams.findAll { it.name == 'besluit' }.code", hasItem("invalid"));
    }

    @Test
    void thereIsNoUpdate() {
        as(admin()).body(Map.of()).put(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then()
                .statusCode(405);
        as(admin()).body(Map.of()).patch(ROOT + "/besluitinformatieobjecten/" + UUID.randomUUID()).then()
                .statusCode(405);
    }
}
