package nl.zgw.e2e;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.e2e.CatalogiTypes.RESULTAATTYPEOMSCHRIJVING;
import static nl.zgw.e2e.CatalogiTypes.SELECTIELIJSTKLASSE;
import static nl.zgw.e2e.CatalogiTypes.referentielijst;
import static org.hamcrest.Matchers.equalTo;

/**
 * zrc-021 for the two afleidingswijzen that read another API: when the zaak closes, the Zaken API takes the brondatum
 * from the besluiten of the zaak in the started Besluiten API (the latest ingangsdatum or vervaldatum), adds the
 * resultaattype's archiefactietermijn, and sets archiefnominatie and archiefactiedatum. The besluiten it reads are the
 * zaakbesluiten the Besluiten API registered (brc-006) and removed (brc-009), each read as it is at that moment.
 */
class ArchiveringTest extends E2eTest {

    @Test
    void zrc021_ingangsdatumBesluit_theLatestIngangsdatumOfTheZaaksBesluitenPlusTheTermijn() {
        assumeOperations("zaken", "POST /zaken", "POST /statussen", "POST /resultaten");
        assumeOperations("besluiten", "POST /besluiten");
        Typen t = typen("ingangsdatum_besluit");
        String zaak = zaak(t.types());
        besluit(t.types(), zaak, "2024-03-01", null);
        besluit(t.types(), zaak, "2024-05-15", null);

        sluit(t, zaak);

        atUrl().get(zaak).then().statusCode(200)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2034-05-15"));
    }

    @Test
    void zrc021_vervaldatumBesluit_theLatestVervaldatumPlusTheTermijn() {
        assumeOperations("zaken", "POST /zaken", "POST /statussen", "POST /resultaten");
        assumeOperations("besluiten", "POST /besluiten");
        Typen t = typen("vervaldatum_besluit");
        String zaak = zaak(t.types());
        besluit(t.types(), zaak, "2024-03-01", "2025-06-30");
        // a later ingangsdatum with an earlier vervaldatum: the vervaldatum counts, not the ingangsdatum
        besluit(t.types(), zaak, "2024-05-15", "2024-12-31");

        sluit(t, zaak);

        atUrl().get(zaak).then().statusCode(200)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2035-06-30"));
    }

    /**
     * What the Zaken API reads is the besluit as the Besluiten API has it when the zaak closes: a vervaldatum changed
     * after the besluit was registered at the zaak counts (not a copy from its registration).
     */
    @Test
    void zrc021_vervaldatumBesluit_theVervaldatumAsItIsWhenTheZaakCloses() {
        assumeOperations("zaken", "POST /zaken", "POST /statussen", "POST /resultaten");
        assumeOperations("besluiten", "POST /besluiten");
        Typen t = typen("vervaldatum_besluit");
        String zaak = zaak(t.types());
        String besluit = besluit(t.types(), zaak, "2024-03-01", "2025-06-30");
        atUrl().body(map("vervaldatum", "2026-01-31")).patch(besluit).then().statusCode(200)
                .body("vervaldatum", equalTo("2026-01-31"));

        sluit(t, zaak);

        atUrl().get(zaak).then().statusCode(200)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2036-01-31"));
    }

    /** A besluit deleted before the zaak closes no longer counts: brc-009 took its zaakbesluit away. */
    @Test
    void zrc021_ingangsdatumBesluit_aDeletedBesluitNoLongerCounts() {
        assumeOperations("zaken", "POST /zaken", "POST /statussen", "POST /resultaten");
        assumeOperations("besluiten", "POST /besluiten");
        Typen t = typen("ingangsdatum_besluit");
        String zaak = zaak(t.types());
        besluit(t.types(), zaak, "2024-03-01", null);
        String later = besluit(t.types(), zaak, "2024-05-15", null);
        atUrl().delete(later).then().statusCode(204);

        sluit(t, zaak);

        atUrl().get(zaak).then().statusCode(200)
                .body("archiefnominatie", equalTo("vernietigen"))
                .body("archiefactiedatum", equalTo("2034-03-01"));
    }

    private record Typen(CatalogiTypes types, String beginstatus, String eindstatus, String resultaattype) {
    }

    /** Published types whose zaaktype has a begin- and eindstatus and a resultaattype with this afleidingswijze. */
    private static Typen typen(String afleidingswijze) {
        String[] onderdelen = new String[3];
        CatalogiTypes types = CatalogiTypes.published(zaaktype -> {
            onderdelen[0] = statustype(zaaktype, 1);
            onderdelen[1] = statustype(zaaktype, 2);
            onderdelen[2] = at("catalogi").body(map("zaaktype", zaaktype, "omschrijving", unique("RT"),
                            "resultaattypeomschrijving", referentielijst(RESULTAATTYPEOMSCHRIJVING),
                            "selectielijstklasse", referentielijst(SELECTIELIJSTKLASSE),
                            "archiefnominatie", "vernietigen", "archiefactietermijn", "P10Y",
                            "brondatumArchiefprocedure", map("afleidingswijze", afleidingswijze,
                                    "einddatumBekend", false, "datumkenmerk", "", "objecttype", "",
                                    "registratie", ""),
                            "beginGeldigheid", CatalogiTypes.BEGIN))
                    .post("/resultaattypen").then().statusCode(201).extract().path("url");
        });
        return new Typen(types, onderdelen[0], onderdelen[1], onderdelen[2]);
    }

    private static String statustype(String zaaktype, int volgnummer) {
        return at("catalogi").body(map("zaaktype", zaaktype, "omschrijving", "Status " + volgnummer,
                        "volgnummer", volgnummer))
                .post("/statustypen").then().statusCode(201).extract().path("url");
    }

    private static String zaak(CatalogiTypes t) {
        String rsin = rsin();
        return at("zaken").body(map("bronorganisatie", rsin, "verantwoordelijkeOrganisatie", rsin,
                        "zaaktype", t.zaaktype(), "startdatum", "2024-01-02"))
                .post("/zaken").then().statusCode(201).extract().path("url");
    }

    private static String besluit(CatalogiTypes t, String zaak, String ingangsdatum, String vervaldatum) {
        Map<String, Object> body = new java.util.HashMap<>(map("verantwoordelijkeOrganisatie", rsin(),
                "besluittype", t.besluittype(), "zaak", zaak, "datum", ingangsdatum, "ingangsdatum", ingangsdatum));
        if (vervaldatum != null) {
            body.put("vervaldatum", vervaldatum);
            body.put("vervalreden", "tijdelijk");
        }
        return at("besluiten").body(body).post("/besluiten").then().statusCode(201).extract().path("url");
    }

    /** Begin status, resultaat, eindstatus: the zaak closes and its archive fields are derived. */
    private static void sluit(Typen t, String zaak) {
        at("zaken").body(map("zaak", zaak, "statustype", t.beginstatus(), "datumStatusGezet", "2024-01-02T10:00:00Z"))
                .post("/statussen").then().statusCode(201);
        at("zaken").body(map("zaak", zaak, "resultaattype", t.resultaattype()))
                .post("/resultaten").then().statusCode(201);
        at("zaken").body(map("zaak", zaak, "statustype", t.eindstatus(), "datumStatusGezet", "2024-06-01T10:00:00Z"))
                .post("/statussen").then().statusCode(201);
    }
}
