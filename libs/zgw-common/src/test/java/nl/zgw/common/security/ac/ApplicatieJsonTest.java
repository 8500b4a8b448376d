package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.security.ac.AutorisatiesApi;
import nl.zgw.common.security.ac.ApplicatieJson;
import nl.zgw.common.security.ac.ZgwAutorisatiesConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.common.testfixtures.RemoteAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the Autorisaties API's Applicatie JSON, and where the remote source finds the verification endpoint. */
class ApplicatieJsonTest {

    @Test
    void readsEveryComponentShapeAndTreatsEmptyStringsAsUnset() throws Exception {
        Applicatie app = ApplicatieJson.parse(new ObjectMapper().readTree("""
                {"url": "http://ac/autorisaties/api/v1/applicaties/1", "clientIds": ["a", "b"], "label": "App",
                 "heeftAlleAutorisaties": false, "alleenIsGereedVoorPublicatie": true,
                 "autorisaties": [
                   {"component": "zrc", "componentWeergave": "Zaken API", "scopes": ["zaken.lezen"],
                    "zaaktype": "http://ztc/zaaktypen/1", "maxVertrouwelijkheidaanduiding": "intern"},
                   {"component": "drc", "scopes": [], "informatieobjecttype": "", "maxVertrouwelijkheidaanduiding": ""},
                   {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": "http://ztc/besluittypen/1"},
                   {"component": "ztc", "scopes": ["catalogi.lezen"]}]}
                """));
        assertEquals(Set.of("a", "b"), app.clientIds());
        assertTrue(app.alleenIsGereedVoorPublicatie());
        assertFalse(app.heeftAlleAutorisaties());
        assertEquals("http://ztc/zaaktypen/1", app.autorisaties().get(0).type());
        assertEquals(Vertrouwelijkheidaanduiding.INTERN, app.autorisaties().get(0).maxVertrouwelijkheidaanduiding());
        assertNull(app.autorisaties().get(1).type());
        assertNull(app.autorisaties().get(1).maxVertrouwelijkheidaanduiding());
        assertEquals("http://ztc/besluittypen/1", app.autorisaties().get(2).besluittype());
        assertEquals(Set.of("catalogi.lezen"), app.autorisaties().get(3).scopes());
        assertNull(ApplicatieJson.parse(new ObjectMapper().readTree("null")));
    }

    @Test
    void verificationEndpointDefaultsToTheHostOfTheApiRoot() {
        AutorisatiesApi api = new AutorisatiesApi(RemoteAutorisaties.config(
                "http://autorisaties:8005/autorisaties/api/v1", ZgwAutorisatiesConfig.TokenVerification.INTROSPECTION),
                null, new ObjectMapper());
        assertTrue(api.enabled());
        assertEquals("http://autorisaties:8005/beheer/v1/introspectie", api.introspectionUrl());
    }
}
