package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;

/** /zaakverzoeken and zrc-024 (objectverzoeken in the Verzoeken API, WireMock). */
@QuarkusTest
class ZaakVerzoekTest extends KlantinteractieRelatieTest {

    @Override
    String collectie() {
        return "zaakverzoeken";
    }

    @Override
    String veld() {
        return "verzoek";
    }

    @Override
    String api() {
        return "verzoeken";
    }

    @Override
    String spiegels() {
        return "objectverzoeken";
    }
}
