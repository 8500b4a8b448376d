package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/** /zaaktypen: CRUD, filters, concept/publish lifecycle. */
@QuarkusTest
class ZaaktypeTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void createReadAndPublish() {
        String catalogus = catalogus();
        String id = unique("ZT");
        String zaaktype = completeZaaktype(wm, catalogus, id);
        as(admin()).get(path(zaaktype)).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("url", equalTo(zaaktype))
                .body("identificatie", equalTo(id))
                .body("concept", equalTo(true))
                .body("catalogus", equalTo(catalogus))
                .body("statustypen", hasSize(2))
                .body("roltypen", hasSize(1))
                .body("resultaattypen", hasSize(1))
                .body("resultaattypeOmschrijving", contains("Afgewezen"));
        publish(zaaktype).then().statusCode(200).body("concept", equalTo(false));
        as(admin()).get(ROOT + "/zaaktypen?identificatie=" + id).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].url", equalTo(zaaktype));
    }
}
