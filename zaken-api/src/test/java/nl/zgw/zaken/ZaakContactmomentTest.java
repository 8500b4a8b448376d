package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;

/** /zaakcontactmomenten and zrc-025 (objectcontactmomenten in the Contactmomenten API, WireMock). */
@QuarkusTest
class ZaakContactmomentTest extends KlantinteractieRelatieTest {

    @Override
    String collectie() {
        return "zaakcontactmomenten";
    }

    @Override
    String veld() {
        return "contactmoment";
    }

    @Override
    String api() {
        return "contactmomenten";
    }

    @Override
    String spiegels() {
        return "objectcontactmomenten";
    }
}
