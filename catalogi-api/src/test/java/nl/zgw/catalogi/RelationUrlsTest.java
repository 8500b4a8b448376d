package nl.zgw.catalogi;

import static org.hamcrest.Matchers.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;

/**
 * Relations by name (1.3.x) take the URL of a type as well, as clients written against Open Zaak send them: the URL
 * of any version of a type in the same catalogus stands for its omschrijving/identificatie, a name stays a name.
 * Every such field, in both forms, on create, PUT and PATCH; the response shows the published version's URL.
 */
@QuarkusTest
class RelationUrlsTest {

    @InjectWireMock
    WireMockServer wm;

    enum Form { NAME, URL }

    /** The kinds of type a relation points at. */
    enum Kind { BESLUITTYPE, INFORMATIEOBJECTTYPE, ZAAKTYPE }

    /** Every field that relates by name, its owner's collection, the kind it points at and where it is rendered. */
    enum Relation {
        ZAAKTYPE_BESLUITTYPEN("zaaktypen", "besluittypen", Kind.BESLUITTYPE, "besluittypen[0]"),
        ZAAKTYPE_DEELZAAKTYPEN("zaaktypen", "deelzaaktypen", Kind.ZAAKTYPE, "deelzaaktypen[0]"),
        ZAAKTYPE_GERELATEERDE_ZAAKTYPEN("zaaktypen", "gerelateerdeZaaktypen", Kind.ZAAKTYPE,
                "gerelateerdeZaaktypen[0].zaaktype"),
        ZIOT_INFORMATIEOBJECTTYPE("zaaktype-informatieobjecttypen", "informatieobjecttype",
                Kind.INFORMATIEOBJECTTYPE, "informatieobjecttype"),
        BESLUITTYPE_INFORMATIEOBJECTTYPEN("besluittypen", "informatieobjecttypen", Kind.INFORMATIEOBJECTTYPE,
                "informatieobjecttypen[0]"),
        RESULTAATTYPE_BESLUITTYPEN("resultaattypen", "besluittypen", Kind.BESLUITTYPE, "besluittypen[0]"),
        RESULTAATTYPE_INFORMATIEOBJECTTYPEN("resultaattypen", "informatieobjecttypen", Kind.INFORMATIEOBJECTTYPE,
                "informatieobjecttypen[0]");

        final String collection;
        final String field;
        final Kind kind;
        final String rendered;

        Relation(String collection, String field, Kind kind, String rendered) {
            this.collection = collection;
            this.field = field;
            this.kind = kind;
            this.rendered = rendered;
        }

        /** The field's value in a body: a list of one, one relatie, or the value itself. */
        Object value(String v) {
            return switch (this) {
                case ZAAKTYPE_GERELATEERDE_ZAAKTYPEN -> List.of(Map.of("zaaktype", v, "aardRelatie", "vervolg"));
                case ZIOT_INFORMATIEOBJECTTYPE -> v;
                default -> List.of(v);
            };
        }
    }

    /** A type with a published first version and a concept second one (same name). */
    record Target(String naam, String published, String concept) {
        String value(Form form, boolean conceptVersion) {
            return form == Form.NAME ? naam : conceptVersion ? concept : published;
        }
    }

    static Stream<Arguments> everyFieldInBothForms() {
        return Stream.of(Relation.values()).flatMap(r -> Stream.of(Arguments.of(r, Form.NAME),
                Arguments.of(r, Form.URL)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyFieldInBothForms")
    void relationByNameOrUrlOnCreatePutAndPatch(Relation relation, Form form) {
        String catalogus = catalogus();
        Target a = target(relation.kind, catalogus);
        Target b = target(relation.kind, catalogus);
        Target c = target(relation.kind, catalogus);
        Map<String, Object> body = ownerBody(relation, catalogus);

        body.put(relation.field, relation.value(a.value(form, false)));
        String url = admin(body).post(ROOT + "/" + relation.collection).then().statusCode(201)
                .body(relation.rendered, equalTo(a.published())).extract().path("url");
        body.put(relation.field, relation.value(b.value(form, false)));
        admin(body).put(path(url)).then().statusCode(200).body(relation.rendered, equalTo(b.published()));
        // the URL of the concept version stands for the name too, rendered as the published version
        admin(Map.of(relation.field, relation.value(c.value(form, true)))).patch(path(url)).then().statusCode(200)
                .body(relation.rendered, equalTo(c.published()));
    }

    @Test
    void relationUrlsThatAreNoTypeOfTheCatalogusKeepTheirFieldError() {
        String catalogus = catalogus();
        String elders = besluittype(catalogus(), unique("BT"));
        String zaaktype = zaaktype(catalogus, unique("ZT"));
        String geenType = ROOT + "/besluittypen/" + UUID.randomUUID();
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("besluittypen", List.of(elders, zaaktype.replace(path(zaaktype), "") + geenType, zaaktype,
                "https://elders.example.com/api/v1/besluittypen/" + UUID.randomUUID()));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(400)
                .body("invalidParams.find { it.name == 'besluittypen.0' }.code",
                        equalTo("relations-incorrect-catalogus"))
                .body("invalidParams.find { it.name == 'besluittypen.1' }.code", equalTo("does_not_exist"))
                .body("invalidParams.find { it.name == 'besluittypen.2' }.code", equalTo("incorrect_match"))
                .body("invalidParams.find { it.name == 'besluittypen.3' }.code", equalTo("no_match"))
                .body("invalidParams.size()", equalTo(4));

        String iotElders = iot(catalogus(), unique("IOT"));
        admin(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotElders, "volgnummer", 1,
                "richting", "inkomend")).post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(400)
                .body("invalidParams", hasItem(allOf(hasEntry("name", "informatieobjecttype"), hasEntry("code", "relations-incorrect-catalogus"))));
    }

    /** The name field holds 100 characters; a URL through a public host is longer and still names the type. */
    @Test
    void aZiotInformatieobjecttypeUrlLongerThanAnyName() {
        String catalogus = catalogus();
        String iot = iot(catalogus, unique("IOT"));
        publish(iot).then().statusCode(200);
        String lang = "https://catalogi.gemeente-voorbeeldstad-aan-de-rivier.example.nl" + path(iot);
        admin(Map.of("zaaktype", zaaktype(catalogus, unique("ZT")), "informatieobjecttype", lang, "volgnummer", 1,
                "richting", "inkomend")).post(ROOT + "/zaaktype-informatieobjecttypen").then().statusCode(201)
                .body("informatieobjecttype", equalTo(iot));
    }

    @Test
    void aGerelateerdZaaktypeOutsideThisApiStaysAsSent() {
        String catalogus = catalogus();
        String extern = "https://ander-ztc.example.com/catalogi/api/v1/zaaktypen/" + UUID.randomUUID();
        Map<String, Object> body = zaaktypeBody(catalogus, unique("ZT"));
        body.put("gerelateerdeZaaktypen", List.of(Map.of("zaaktype", extern, "aardRelatie", "bijdrage")));
        admin(body).post(ROOT + "/zaaktypen").then().statusCode(201)
                .body("gerelateerdeZaaktypen[0].zaaktypeIdentificatie", equalTo(extern));
    }

    // ------------------------------------------------------------------ helpers

    private Target target(Kind kind, String catalogus) {
        String naam = unique(kind.name().substring(0, 3));
        String published = switch (kind) {
            case BESLUITTYPE -> besluittype(catalogus, naam);
            case INFORMATIEOBJECTTYPE -> iot(catalogus, naam);
            case ZAAKTYPE -> zaaktype(catalogus, naam);
        };
        publish(published).then().statusCode(200);
        Map<String, Object> next = switch (kind) {
            case BESLUITTYPE -> besluittypeBody(catalogus, naam);
            case INFORMATIEOBJECTTYPE -> iotBody(catalogus, naam);
            case ZAAKTYPE -> zaaktypeBody(catalogus, naam);
        };
        next.put("beginGeldigheid", "2030-01-01");
        if (kind == Kind.ZAAKTYPE) {
            next.put("versiedatum", "2030-01-01");
        }
        String collection = switch (kind) {
            case BESLUITTYPE -> "/besluittypen";
            case INFORMATIEOBJECTTYPE -> "/informatieobjecttypen";
            case ZAAKTYPE -> "/zaaktypen";
        };
        String concept = admin(next).post(ROOT + collection).then().statusCode(201).extract().path("url");
        return new Target(naam, published, concept);
    }

    /** A body of the relation's owner without the relation, the same for its create and its PUT. */
    private Map<String, Object> ownerBody(Relation relation, String catalogus) {
        return switch (relation.collection) {
            case "zaaktypen" -> zaaktypeBody(catalogus, unique("OWN"));
            case "besluittypen" -> besluittypeBody(catalogus, unique("OWN"));
            case "zaaktype-informatieobjecttypen" -> new HashMap<>(Map.of("zaaktype",
                    zaaktype(catalogus, unique("OWN")), "volgnummer", 1, "richting", "inkomend"));
            case "resultaattypen" -> {
                var s = selectielijst(wm, "nihil");
                Map<String, Object> zaaktype = zaaktypeBody(catalogus, unique("OWN"));
                zaaktype.put("selectielijstProcestype", s.procestype());
                yield resultaattypeBody(zaaktype(zaaktype), s);
            }
            default -> throw new IllegalArgumentException(relation.collection);
        };
    }
}
