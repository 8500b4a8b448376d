package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.*;

/**
 * What every type of a zaaktype version shares (statustype, roltype, eigenschap, resultaattype, ZIOT,
 * zaakobjecttype): PUT, HEAD/ETag, DELETE, the zaaktype filters, and ztc-010 once the zaaktype is published.
 */
@QuarkusTest
class ZaaktypeOnderdelenTest {

    @InjectWireMock
    WireMockServer wm;

    /** The zaaktype a part is made for: its url, identificatie, catalogus, selectielijst and an IOT name. */
    record Zaaktype(String url, String identificatie, String catalogus, Selectielijst selectielijst, String iot) {
    }

    enum Part {
        STATUSTYPE("statustypen", "omschrijving", "Gewijzigd", true) {
            Map<String, Object> body(Zaaktype z) {
                return Map.of("zaaktype", z.url(), "omschrijving", "Extra", "volgnummer", 9);
            }
        },
        ROLTYPE("roltypen", "omschrijving", "Gewijzigd", true) {
            Map<String, Object> body(Zaaktype z) {
                return Map.of("zaaktype", z.url(), "omschrijving", "Behandelaar", "omschrijvingGeneriek", "behandelaar");
            }
        },
        EIGENSCHAP("eigenschappen", "definitie", "Gewijzigd", true) {
            Map<String, Object> body(Zaaktype z) {
                return Map.of("zaaktype", z.url(), "naam", "kenmerk", "definitie", "d",
                        "specificatie", Map.of("formaat", "tekst", "lengte", "5", "kardinaliteit", "1"));
            }
        },
        RESULTAATTYPE("resultaattypen", "omschrijving", "Gewijzigd", true) {
            Map<String, Object> body(Zaaktype z) {
                Map<String, Object> b = resultaattypeBody(z.url(), z.selectielijst());
                b.put("omschrijving", "Toegekend");
                return b;
            }
        },
        ZAAKTYPE_INFORMATIEOBJECTTYPE("zaaktype-informatieobjecttypen", "richting", "uitgaand", false) {
            Map<String, Object> body(Zaaktype z) {
                return Map.of("zaaktype", z.url(), "informatieobjecttype", z.iot(), "volgnummer", 9,
                        "richting", "inkomend");
            }
        },
        ZAAKOBJECTTYPE("zaakobjecttypen", "relatieOmschrijving", "Gewijzigd", true) {
            Map<String, Object> body(Zaaktype z) {
                return Map.of("zaaktype", z.url(), "catalogus", z.catalogus(), "anderObjecttype", false,
                        "objecttype", "https://objecttypen.example.com/api/v2/objecttypes/1", "relatieOmschrijving", "r");
            }
        };

        final String collection;
        final String field;
        final String changed;
        /** Whether the list takes zaaktypeIdentificatie and datumGeldigheid (all but the ZIOT list). */
        final boolean geldigheidFilters;

        Part(String collection, String field, String changed, boolean geldigheidFilters) {
            this.collection = collection;
            this.field = field;
            this.changed = changed;
            this.geldigheidFilters = geldigheidFilters;
        }

        abstract Map<String, Object> body(Zaaktype z);
    }

    private Zaaktype complete() {
        String catalogus = catalogus();
        String id = unique("OND");
        Selectielijst s = selectielijst(wm, "nihil");
        String url = completeZaaktype(zaaktypeBody(catalogus, id), s);
        String iot = unique("IOT");
        publish(iot(catalogus, iot)).then().statusCode(200);
        return new Zaaktype(url, id, catalogus, s, iot);
    }

    @ParameterizedTest
    @EnumSource(Part.class)
    void putHeadFiltersAndDeleteOnAConceptZaaktype(Part part) {
        Zaaktype z = complete();
        String url = admin(part.body(z)).post(ROOT + "/" + part.collection).then().statusCode(201)
                .extract().path("url");
        Map<String, Object> replaced = new HashMap<>(part.body(z));
        replaced.put(part.field, part.changed);
        admin(replaced).put(path(url)).then().statusCode(200).body("url", equalTo(url))
                .body(part.field, equalTo(part.changed));
        String etag = as(admin()).get(path(url)).then().statusCode(200).extract().header("ETag");
        as(admin()).head(path(url)).then().statusCode(200).header("ETag", equalTo(etag)).body(emptyString());
        as(admin()).header("If-None-Match", etag).head(path(url)).then().statusCode(304);
        if (part.geldigheidFilters) {
            // the zaakobjecttypen list has no status filter (and so no default definitief)
            String status = part == Part.ZAAKOBJECTTYPE ? "" : "status=alles&";
            String q = ROOT + "/" + part.collection + "?" + status + "zaaktypeIdentificatie=" + z.identificatie();
            as(admin()).get(q).then().statusCode(200).body("results." + part.field, hasItem(part.changed));
            as(admin()).get(q + "&datumGeldigheid=2024-06-01").then().body("results.url", hasItem(url));
            as(admin()).get(q + "&datumGeldigheid=2023-12-31").then().body("count", equalTo(0));
            as(admin()).get(q + "&datumGeldigheid=nooit").then().statusCode(400)
                    .body("invalidParams", hasItem(allOf(hasEntry("name", "datumGeldigheid"), hasEntry("code", "invalid"))));
        }
        as(admin()).delete(path(url)).then().statusCode(204);
        as(admin()).get(path(url)).then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(Part.class)
    void ztc010NoWritesOnAPublishedZaaktypeButACorrectie(Part part) {
        Zaaktype z = complete();
        publish(z.url()).then().statusCode(200);
        String schrijver = TestAutorisaties.client("onderdeel-schrijver")
                .scopes("ztc", "catalogi.lezen", "catalogi.schrijven").bearer();
        String corrector = TestAutorisaties.client("onderdeel-corrector")
                .scopes("ztc", "catalogi.lezen", "catalogi.geforceerd-schrijven").bearer();
        as(schrijver).body(part.body(z)).post(ROOT + "/" + part.collection).then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "nonFieldErrors"), hasEntry("code", "non-concept-zaaktype"))));
        String url = as(corrector).body(part.body(z)).post(ROOT + "/" + part.collection).then().statusCode(201)
                .extract().path("url");
        as(schrijver).body(part.body(z)).put(path(url)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(schrijver).body(Map.of(part.field, part.changed)).patch(path(url)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(schrijver).delete(path(url)).then().statusCode(400)
                .body("invalidParams.code", hasItem("non-concept-zaaktype"));
        as(corrector).body(Map.of(part.field, part.changed)).patch(path(url)).then().statusCode(200)
                .body(part.field, equalTo(part.changed));
    }
}
