package nl.zgw.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void defaults() {
        Settings s = Settings.from(Map.of("ZGW_HOME", "/opt/zgw"));
        assertEquals(Path.of("/opt/zgw"), s.home());
        assertEquals(Path.of("/opt/zgw/data"), s.dataDir());
        assertEquals(8000, s.gatewayPort());
        assertEquals(54329, s.dbPort());
        assertEquals("256m", s.serviceHeap());
        assertNull(s.jwtMaxAge());
        assertEquals("http://localhost:8000/referentielijsten/api/v1", s.referentielijstenUrl());
        assertTrue(s.extraClients().isEmpty());
        assertTrue(s.extraAllowedRoots().isEmpty());
    }

    @Test
    void everySettingFromTheEnvironment() {
        Settings s = Settings.from(Map.of(
                "ZGW_HOME", "/opt/zgw",
                "ZGW_DATA_DIR", "/var/zgw",
                "ZGW_GATEWAY_PORT", "9000",
                "ZGW_DB_PORT", "15432",
                "ZGW_SERVICE_HEAP", "512m",
                "ZGW_JWT_MAX_AGE", "PT30M",
                "ZGW_REFERENTIELIJSTEN_URL", "https://selectielijst.openzaak.nl/api/v1/",
                "ZGW_ALLOWED_API_ROOTS", " https://a.example/api/v1/ ,https://b.example/zaken/api/v1",
                "ZGW_CLIENTS", "app:geheim:all, viewer:kijk"));
        assertEquals(Path.of("/var/zgw"), s.dataDir());
        assertEquals(9000, s.gatewayPort());
        assertEquals(15432, s.dbPort());
        assertEquals("512m", s.serviceHeap());
        assertEquals(Duration.ofMinutes(30), s.jwtMaxAge());
        assertEquals("https://selectielijst.openzaak.nl/api/v1", s.referentielijstenUrl());
        assertEquals(List.of("https://a.example/api/v1", "https://b.example/zaken/api/v1"), s.extraAllowedRoots());
        assertEquals(List.of(new Client("app", "geheim", true), new Client("viewer", "kijk", false)), s.extraClients());
    }

    @Test
    void printedSettingsAndClientsMaskTheSecrets() {
        Settings s = Settings.from(Map.of("ZGW_HOME", "/opt/zgw", "ZGW_CLIENTS", "app:geheim-1:all,viewer:kijk-2"));
        String printed = s.toString();
        assertFalse(printed.contains("geheim-1"), printed);
        assertFalse(printed.contains("kijk-2"), printed);
        assertTrue(printed.contains("Client[id=app, secret=***, all=true]"), printed);
        assertEquals("Client[id=viewer, secret=***, all=false]", s.extraClients().get(1).toString());
        assertEquals("viewer:kijk-2", s.extraClients().get(1).spec());
    }

    @Test
    void badValuesAreNamedWithoutEchoingSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Map.of("ZGW_CLIENTS", "app:topsecret:some")));
        assertTrue(e.getMessage().contains("ZGW_CLIENTS entry 1"), e.getMessage());
        assertFalse(e.getMessage().contains("topsecret"));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_CLIENTS", "only-an-id")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_CLIENTS", "zgw-admin:x:all")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_CLIENTS", "zgw-zaken-api:x")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_GATEWAY_PORT", "eighty")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_DB_PORT", "70000")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_JWT_MAX_AGE", "1h")));
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ZGW_SERVICE_HEAP", "lots")));
    }
}
