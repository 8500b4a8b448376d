package nl.zgw.e2e;

import java.util.List;

import static nl.zgw.e2e.E2eTest.at;
import static nl.zgw.e2e.E2eTest.map;
import static nl.zgw.e2e.E2eTest.rsin;
import static nl.zgw.e2e.E2eTest.unique;
import static nl.zgw.e2e.E2eTest.uuidOf;

/**
 * A fresh catalogus with one zaaktype, informatieobjecttype and besluittype, related as the other services check
 * them (zaaktype.informatieobjecttypen via a zaaktype-informatieobjecttype, zaaktype.besluittypen,
 * besluittype.informatieobjecttypen) and all published, made through the started Catalogi API.
 */
record CatalogiTypes(String catalogus, String zaaktype, String informatieobjecttype, String besluittype) {

    static final String BEGIN = "2024-01-01";

    /** A procestype of the Selectielijst copy the Catalogi API serves, and a resultaat (procestermijn "") of it. */
    static final String PROCESTYPE = "/referentielijsten/api/v1/procestypen/b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b";
    static final String SELECTIELIJSTKLASSE = "/referentielijsten/api/v1/resultaten/6d37598e-30f0-4aef-930d-3e1690725d95";
    static final String RESULTAATTYPEOMSCHRIJVING =
            "/referentielijsten/api/v1/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7";

    static CatalogiTypes published() {
        return published(zaaktype -> {
        });
    }

    /** As {@link #published()}, {@code onderdelen} adding parts to the zaaktype while it is a concept. */
    static CatalogiTypes published(java.util.function.Consumer<String> onderdelen) {
        String catalogus = at("catalogi").body(map("domein", "E" + unique("").substring(1, 5).toUpperCase(),
                        "rsin", rsin(), "contactpersoonBeheerNaam", "Beheerder",
                        "contactpersoonBeheerEmailadres", "beheer@example.com"))
                .post("/catalogussen").then().statusCode(201).extract().path("url");

        String iotNaam = unique("IOT");
        String iot = at("catalogi").body(map("catalogus", catalogus, "omschrijving", iotNaam,
                        "vertrouwelijkheidaanduiding", "openbaar", "beginGeldigheid", BEGIN,
                        "informatieobjectcategorie", "brief"))
                .post("/informatieobjecttypen").then().statusCode(201).extract().path("url");
        publish("informatieobjecttypen", iot);

        String btNaam = unique("BT");
        String besluittype = at("catalogi").body(map("catalogus", catalogus, "omschrijving", btNaam,
                        "publicatieIndicatie", false, "informatieobjecttypen", List.of(iotNaam),
                        "beginGeldigheid", BEGIN))
                .post("/besluittypen").then().statusCode(201).extract().path("url");
        publish("besluittypen", besluittype);

        String zaaktype = at("catalogi").body(map("identificatie", unique("ZT"), "omschrijving", "E2e zaak",
                        "vertrouwelijkheidaanduiding", "openbaar", "doel", "doel", "aanleiding", "aanleiding",
                        "indicatieInternOfExtern", "extern", "handelingInitiator", "aanvragen", "onderwerp", "E2e",
                        "handelingBehandelaar", "behandelen", "doorlooptijd", "P30D",
                        "opschortingEnAanhoudingMogelijk", false, "verlengingMogelijk", false,
                        "publicatieIndicatie", false, "productenOfDiensten", List.of("https://example.com/product/1"),
                        "referentieproces", map("naam", "proces"), "verantwoordelijke", "afdeling",
                        "catalogus", catalogus, "besluittypen", List.of(btNaam), "gerelateerdeZaaktypen", List.of(),
                        "selectielijstProcestype", referentielijst(PROCESTYPE),
                        "beginGeldigheid", BEGIN, "versiedatum", BEGIN))
                .post("/zaaktypen").then().statusCode(201).extract().path("url");
        at("catalogi").body(map("zaaktype", zaaktype, "informatieobjecttype", iotNaam, "volgnummer", 1,
                        "richting", "inkomend"))
                .post("/zaaktype-informatieobjecttypen").then().statusCode(201);
        onderdelen.accept(zaaktype);
        publish("zaaktypen", zaaktype);
        return new CatalogiTypes(catalogus, zaaktype, iot, besluittype);
    }

    /** The URL of a resource of the Selectielijst copy the started Catalogi API serves ({@code /referentielijsten/...}). */
    static String referentielijst(String path) {
        return nl.zgw.testing.services.ZgwServices.base("catalogi") + path;
    }

    private static void publish(String collection, String url) {
        at("catalogi").post("/" + collection + "/" + uuidOf(url) + "/publish").then().statusCode(200);
    }
}
