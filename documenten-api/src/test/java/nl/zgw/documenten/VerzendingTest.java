package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.ROOT;
import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /verzendingen: every address kind, one address per verzending, filters, PATCH. */
@QuarkusTest
class VerzendingTest {

    static final String VZ = ROOT + "/verzendingen";


    Map<String, Object> body(String doc) {
        Map<String, Object> b = new HashMap<>();
        b.put("betrokkene", "http://zaken.example.com/zaken/api/v1/rollen/" + java.util.UUID.randomUUID());
        b.put("informatieobject", doc);
        b.put("aardRelatie", "geadresseerde");
        b.put("contactPersoon", "http://zaken.example.com/medewerkers/1");
        return b;
    }

    @Test
    void everyAddressKindIsStoredAndAnswered() {
        String doc = document(informatieobjecttype("openbaar"), null);
        Map<String, Object> kinds = Map.of(
                "binnenlandsCorrespondentieadres", Map.of("huisnummer", 12, "naamOpenbareRuimte", "Dorpsstraat",
                        "woonplaatsnaam", "Utrecht", "postcode", "1234AB"),
                "buitenlandsCorrespondentieadres", Map.of("adresBuitenland1", "Rue 1",
                        "landPostadres", "http://landen.example.com/be"),
                "correspondentiePostadres", Map.of("postBusOfAntwoordnummer", 100, "postadresPostcode", "1000AA",
                        "postadresType", "postbusnummer", "woonplaatsnaam", "Amsterdam"),
                "faxnummer", "0301234567",
                "emailadres", "a@example.com",
                "mijnOverheid", true,
                "telefoonnummer", "0612345678");
        for (Map.Entry<String, Object> kind : kinds.entrySet()) {
            Map<String, Object> b = body(doc);
            b.put(kind.getKey(), kind.getValue());
            String url = admin(b).post(VZ).then().statusCode(201).extract().path("url");
            as(admin()).get(url).then().statusCode(200).body(kind.getKey(),
                    kind.getValue() instanceof Map ? org.hamcrest.Matchers.notNullValue() : equalTo(kind.getValue()));
        }
    }

    @Test
    void aVerzendingHasAtMostOneAddress() {
        String doc = document(informatieobjecttype("openbaar"), null);
        Map<String, Object> b = body(doc);
        b.put("emailadres", "a@example.com");
        b.put("mijnOverheid", true);
        admin(b).post(VZ).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("invalid-address"));
    }

    @Test
    void filtersPatchAndDelete() {
        String doc = document(informatieobjecttype("openbaar"), null);
        Map<String, Object> b = body(doc);
        String url = admin(b).post(VZ).then().statusCode(201).body("emailadres", nullValue())
                .body("mijnOverheid", equalTo(false)).extract().path("url");
        as(admin()).queryParam("informatieobject", doc).get(VZ).then().statusCode(200)
                .body("results.url", contains(url));
        as(admin()).queryParam("betrokkene", b.get("betrokkene")).queryParam("aardRelatie", "geadresseerde")
                .get(VZ).then().statusCode(200).body("results.url", contains(url));
        as(admin()).queryParam("informatieobject", doc).queryParam("aardRelatie", "afzender").get(VZ).then()
                .statusCode(200).body("count", equalTo(0));
        admin(Map.of("toelichting", "per post")).patch(url).then().statusCode(200)
                .body("toelichting", equalTo("per post")).body("aardRelatie", equalTo("geadresseerde"));
        as(admin()).delete(url).then().statusCode(204);
        as(admin()).get(url).then().statusCode(404);
    }

    @Test
    void badInput() {
        admin(Map.of("aardRelatie", "ontvanger")).post(VZ).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'aardRelatie' }.code", hasItem("invalid_choice"))
                .body("invalidParams.findAll { it.name == 'betrokkene' }.code", hasItem("required"));
    }
}
