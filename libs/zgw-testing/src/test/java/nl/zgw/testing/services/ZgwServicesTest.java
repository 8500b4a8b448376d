package nl.zgw.testing.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What ZgwServices decides before it starts anything (starting is tested in zaken-api's CatalogiProcessTest). */
class ZgwServicesTest {

    @Test
    void aServiceIsNamedByApiOrModule() {
        assertEquals(ZgwService.CATALOGI, ZgwService.of("catalogi"));
        assertEquals(ZgwService.DOCUMENTEN, ZgwService.of(" Documenten-API "));
        assertEquals("/besluiten/api/v1", ZgwService.BESLUITEN.root());
        assertEquals("zgw-zaken-api", ZgwService.ZAKEN.clientId());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZgwService.of("zaak"));
        assertTrue(e.getMessage().contains("catalogi, zaken, documenten, besluiten, autorisaties, notificaties"),
                e.getMessage());
    }

    @Test
    void everyServiceCredentialIsAddedWithAllAutorisatiesAndReplacesATestClientOfTheSameId() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("zgw-catalogi-api", "s1");
        secrets.put("zgw-zaken-api", "s2");

        String clients = ZgwServices.joinClients("admin:admin-secret:all, lezer:lezer-secret,zgw-zaken-api:old:all",
                secrets);

        assertEquals("admin:admin-secret:all,lezer:lezer-secret,zgw-catalogi-api:s1:all,zgw-zaken-api:s2:all", clients);
    }

    @Test
    void bothHostSpellingsOfARootAreAllowed() {
        assertEquals(List.of("http://localhost:4711/zaken/api/v1", "http://127.0.0.1:4711/zaken/api/v1"),
                ZgwServices.rootsOf(4711, "/zaken/api/v1"));
    }

    @Test
    void theReadyTimeoutIsNinetySecondsUnlessConfigured() {
        assertEquals(java.time.Duration.ofSeconds(90), ZgwServices.readyTimeout(null));
        assertEquals(java.time.Duration.ofSeconds(240), ZgwServices.readyTimeout("240"));
        assertEquals(java.time.Duration.ofMinutes(3), ZgwServices.readyTimeout("PT3M"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZgwServices.readyTimeout("3m"));
        assertTrue(e.getMessage().contains("ZGW_SERVICES_READY_TIMEOUT"), e.getMessage());
    }

    @Test
    void aMissingJarSaysWhichModuleToBuild(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("catalogi-api"));
        Files.writeString(home.resolve("catalogi-api/pom.xml"), "<project/>");
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        System.setProperty("ZGW_HOME", home.toString());
        try {
            ZgwServices services = new ZgwServices();
            services.init(Map.of(ZgwServices.SERVICES, "catalogi,documenten"));
            IllegalStateException e = assertThrows(IllegalStateException.class, services::start);
            assertTrue(e.getMessage().contains("catalogi-api is not packaged"), e.getMessage());
            assertTrue(e.getMessage().contains("./mvnw -pl catalogi-api -am package -DskipTests"), e.getMessage());
            assertFalse(ZgwServices.started("catalogi"), "nothing was started");
        } finally {
            System.clearProperty("ZGW_HOME");
        }
    }

    @Test
    void withoutServicesItRefusesToStart() {
        ZgwServices services = new ZgwServices();
        services.init(Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, services::start);
        assertTrue(e.getMessage().contains("no services asked for"), e.getMessage());
    }

    @Test
    void theUrlOfAServiceNotStartedSaysHowToStartIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ZgwServices.url("besluiten"));
        assertTrue(e.getMessage().contains("besluiten is not started"), e.getMessage());
    }
}
