package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /gebruiksrechten CRUD and drc-006 (indicatieGebruiksrecht follows them). */
@QuarkusTest
class GebruiksrechtenTest {

    static final String GR = ROOT + "/gebruiksrechten";


    @Test
    void drc006IndicatieFollowsTheGebruiksrechten() {
        String doc = document(informatieobjecttype("openbaar"), null);
        as(admin()).get(doc).then().body("indicatieGebruiksrecht", nullValue());
        String gr = admin(Map.of("informatieobject", doc, "startdatum", "2024-01-01T00:00:00Z",
                "omschrijvingVoorwaarden", "alleen intern")).post(GR).then().statusCode(201)
                .body("informatieobject", equalTo(doc)).body("einddatum", nullValue()).extract().path("url");
        as(admin()).get(doc).then().body("indicatieGebruiksrecht", equalTo(true));
        as(admin()).delete(gr).then().statusCode(204);
        as(admin()).get(doc).then().body("indicatieGebruiksrecht", nullValue());
    }

    @Test
    void crudAndFilters() {
        String doc = document(informatieobjecttype("openbaar"), null);
        String gr = admin(Map.of("informatieobject", doc, "startdatum", "2024-01-01T00:00:00Z",
                "einddatum", "2025-01-01T00:00:00Z", "omschrijvingVoorwaarden", "a")).post(GR).then()
                .statusCode(201).extract().path("url");
        admin(Map.of("omschrijvingVoorwaarden", "b")).patch(gr).then().statusCode(200)
                .body("omschrijvingVoorwaarden", equalTo("b"));
        admin(Map.of("informatieobject", doc, "startdatum", "2024-02-01T00:00:00Z",
                "omschrijvingVoorwaarden", "c")).put(gr).then().statusCode(200).body("einddatum", nullValue());
        as(admin()).queryParam("informatieobject", doc).get(GR).then().statusCode(200).body("url", contains(gr));
        as(admin()).queryParam("informatieobject", doc).queryParam("startdatum__gt", "2024-01-15T00:00:00Z")
                .get(GR).then().statusCode(200).body("url", contains(gr));
        as(admin()).queryParam("informatieobject", doc).queryParam("startdatum__lt", "2024-01-15T00:00:00Z")
                .get(GR).then().statusCode(200).body("$", hasSize(0));
        as(admin()).queryParam("expand", "informatieobject").get(gr).then().statusCode(200)
                .body("_expand.informatieobject.url", equalTo(doc));
        as(admin()).get(doc + "/audittrail").then().statusCode(200)
                .body("resource", hasItem("gebruiksrechten"));
    }

    /** The 201's Location is the url; standard §1.5: GET and HEAD carry the ETag, If-None-Match answers 304. */
    @Test
    void createdAtItsUrlAndReadWithItsETag() {
        var created = admin(Map.of("informatieobject", document(informatieobjecttype("openbaar"), null),
                "startdatum", "2024-01-01T00:00:00Z", "omschrijvingVoorwaarden", "a")).post(GR).then()
                .statusCode(201).extract();
        String gr = created.path("url");
        assertEquals(gr, created.header("Location"));
        String etag = as(admin()).get(gr).then().statusCode(200).header("ETag", startsWith("\""))
                .extract().header("ETag");
        as(admin()).head(gr).then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).header("If-None-Match", etag).get(gr).then().statusCode(304);
    }

    @Test
    void badInput() {
        admin(Map.of("startdatum", "2024-01-01T00:00:00Z")).post(GR).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("required"))
                .body("invalidParams.findAll { it.name == 'omschrijvingVoorwaarden' }.code", hasItem("required"));
        admin(Map.of("startdatum", "gisteren")).post(GR).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'startdatum' }.code", hasItem("invalid"));
        String doc = document(informatieobjecttype("openbaar"), null);
        admin(Map.of("informatieobject", doc + "x", "startdatum", "2024-01-01T00:00:00Z",
                "omschrijvingVoorwaarden", "a")).post(GR).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'informatieobject' }.code", hasItem("does_not_exist"));
    }
}
