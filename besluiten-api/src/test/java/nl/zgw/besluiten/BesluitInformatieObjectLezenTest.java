package nl.zgw.besluiten;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static nl.zgw.besluiten.Fixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reading besluitinformatieobjecten: detail, list filters, expand of the besluit, the besluittype autorisatie. These
 * relations are put in the database directly, pointing at documents that exist nowhere, so what is read is only what
 * this service stores (relations made through the API, with the Documenten API: {@link BesluitInformatieObjectTest}).
 */
@QuarkusTest
class BesluitInformatieObjectLezenTest {

    @Inject
    AgroalDataSource dataSource;

    private String relatie(String besluit, String document) throws Exception {
        UUID uuid = UUID.randomUUID();
        UUID besluitUuid = UUID.fromString(besluit.substring(besluit.lastIndexOf('/') + 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO besluitinformatieobject (uuid, besluit_id, informatieobject)"
                        + " SELECT ?, id, ? FROM besluit WHERE uuid = ?")) {
            ps.setObject(1, uuid);
            ps.setString(2, document);
            ps.setObject(3, besluitUuid);
            ps.executeUpdate();
        }
        return besluit.substring(0, besluit.indexOf(ROOT)) + ROOT + "/besluitinformatieobjecten/" + uuid;
    }

    private static String document() {
        return "http://localhost:1/documenten/api/v1/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
    }

    @Test
    void detailAndFiltersOnBesluitAndInformatieobject() throws Exception {
        String besluit = besluit(besluittype());
        String document = document();
        String bio = relatie(besluit, document);
        String ander = relatie(besluit(besluittype()), document);
        as(admin()).get(path(bio)).then().statusCode(200)
                .body("url", equalTo(bio)).body("besluit", equalTo(besluit))
                .body("informatieobject", equalTo(document));
        as(admin()).queryParam("besluit", besluit).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(bio));
        as(admin()).queryParam("informatieobject", document).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(bio, ander));
    }

    @Test
    void theBesluitIsExpanded() throws Exception {
        String besluittype = besluittype();
        String besluit = besluit(besluittype);
        String bio = relatie(besluit, document());
        as(admin()).queryParam("expand", "besluit").get(path(bio)).then().statusCode(200)
                .body("_expand.besluit.url", equalTo(besluit))
                .body("_expand.besluit.besluittype", equalTo(besluittype));
        as(admin()).queryParam("expand", "besluit.besluittype").queryParam("besluit", besluit)
                .get(ROOT + "/besluitinformatieobjecten").then().statusCode(200)
                .body("[0]._expand.besluit._expand.besluittype.url", equalTo(besluittype));
    }

    @Test
    void relationsAreListedAndReadThroughTheBesluittypeOfTheirBesluit() throws Exception {
        String zichtbaar = besluittype();
        String document = document();
        String bio = relatie(besluit(zichtbaar), document);
        String verborgen = relatie(besluit(besluittype()), document);
        String lezer = TestAutorisaties.client("brc-bio-lezer-type").besluittype(zichtbaar, Scopes.Brc.LEZEN)
                .bearer();
        as(lezer).queryParam("informatieobject", document).get(ROOT + "/besluitinformatieobjecten").then()
                .statusCode(200).body("url", contains(bio));
        as(lezer).get(path(bio)).then().statusCode(200);
        as(lezer).get(path(verborgen)).then().statusCode(403);
    }
}
