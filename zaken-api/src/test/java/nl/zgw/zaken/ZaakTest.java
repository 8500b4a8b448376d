package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** /zaken: create, read, HEAD, PUT, PATCH, DELETE of the zaak itself. */
@QuarkusTest
class ZaakTest {

    @Test
    void createAnswers201WithTheZaakAndItsLocation() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        Response r = Fixtures.admin(zaakBody(zt.url())).post(ROOT + "/zaken");
        r.then().statusCode(201)
                .header("Location", equalTo(r.path("url")))
                .header("Content-Crs", equalTo("EPSG:4326"))
                .body("zaaktype", equalTo(zt.url()))
                .body("identificatie", matchesPattern("ZAAK-\\d{4}-\\d{10}"))
                .body("registratiedatum", equalTo(LocalDate.now().toString()))
                .body("vertrouwelijkheidaanduiding", equalTo("openbaar"))
                .body("archiefstatus", equalTo("nog_te_archiveren"))
                .body("einddatum", nullValue())
                .body("status", nullValue())
                .body("deelzaken", hasSize(0))
                .body("verlenging.reden", equalTo(""))
                .body("opschorting.indicatie", equalTo(false));
        as(admin()).get(path(r.path("url"))).then().statusCode(200)
                .body("url", equalTo(r.path("url")))
                .body("bronorganisatie", equalTo("517439943"));
    }

    @Test
    void zrc009VertrouwelijkheidaanduidingDefaultsToTheZaaktypes() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype("zaakvertrouwelijk");
        Fixtures.admin(zaakBody(zt.url())).post(ROOT + "/zaken").then().statusCode(201)
                .body("vertrouwelijkheidaanduiding", equalTo("zaakvertrouwelijk"));
    }
}
