package nl.zgw.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each child process is told (the contract with the services' configuration). */
class EnvironmentsTest {

    @TempDir
    Path data;

    @Test
    void aServiceGetsItsPortDatabaseCredentialsAndPeers() throws Exception {
        Settings settings = Settings.from(Map.of("ZGW_DATA_DIR", data.toString(), "ZGW_DB_PORT", "54329",
                "ZGW_CLIENTS", "app:geheim:all,viewer:kijk", "ZGW_ALLOWED_API_ROOTS", "https://extern.example/api/v1",
                "ZGW_JWT_MAX_AGE", "PT2H"));
        Credentials credentials = Credentials.loadOrCreate(data);
        Map<String, String> env = new Environments(settings, credentials).service(Service.ALL.get(1)); // zaken

        assertEquals("8002", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("jdbc:postgresql://localhost:54329/zaken", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("zgw-zaken-api", env.get("ZGW_AUTH_SERVICE_CLIENT_ID"));
        assertEquals(credentials.secret("zgw-zaken-api"), env.get("ZGW_AUTH_SERVICE_SECRET"));
        assertEquals("PT2H", env.get("ZGW_AUTH_JWT_MAX_AGE"));
        assertEquals("http://localhost:8006/notificaties/api/v1", env.get("ZGW_NOTIFICATIES_URL"));
        assertEquals("http://localhost:8000/referentielijsten/api/v1", env.get("ZGW_REFERENTIELIJSTEN_URL"));

        // a service verifies tokens at the Autorisaties API: it holds no secret but its own
        assertFalse(env.containsKey("ZGW_AUTH_CLIENTS"));
        assertFalse(env.containsKey("ZGW_AC_SERVICE_CLIENTS"));
        assertFalse(env.values().stream().anyMatch(v -> v.contains("geheim") || v.contains("kijk")));
        for (Service s : Service.ALL) {
            if (!s.equals(Service.ALL.get(1))) {
                String other = credentials.secret(s.clientId());
                assertFalse(env.values().stream().anyMatch(v -> v.contains(other)), s.clientId());
            }
        }
        assertFalse(env.values().stream().anyMatch(v -> v.contains(credentials.secret("zgw-admin"))));

        List<String> allowed = Arrays.asList(env.get("ZGW_REFS_ALLOWED_API_ROOTS").split(","));
        for (Service s : Service.ALL) {
            assertTrue(allowed.contains("http://localhost:8000" + s.root()), s.root());
        }
        assertTrue(allowed.contains("http://localhost:8000/referentielijsten/api/v1"));
        assertTrue(allowed.contains("https://extern.example/api/v1"));

        List<String> internal = Arrays.asList(env.get("ZGW_REFS_INTERNAL_ROOTS").split(","));
        assertTrue(internal.contains("http://localhost:8000/catalogi/api/v1=http://localhost:8001/catalogi/api/v1"));
        assertTrue(internal.contains("http://localhost:8000/notificaties/api/v1=http://localhost:8006/notificaties/api/v1"));
        assertTrue(internal.contains(
                "http://localhost:8000/referentielijsten/api/v1=http://localhost:8001/referentielijsten/api/v1"));

        // autorisaties come from the Autorisaties API, reached internally
        assertEquals("http://localhost:8005/autorisaties/api/v1", env.get("ZGW_AUTORISATIES_URL"));
    }

    @Test
    void onlyTheAutorisatiesApiGetsTheClientSecrets() throws Exception {
        Settings settings = Settings.from(Map.of("ZGW_DATA_DIR", data.toString(),
                "ZGW_CLIENTS", "app:geheim:all,viewer:kijk"));
        Credentials credentials = Credentials.loadOrCreate(data);
        Map<String, String> ac = new Environments(settings, credentials).service(Service.ALL.get(4));

        assertEquals(List.of("zgw-admin:" + credentials.secret("zgw-admin") + ":all", "app:geheim:all", "viewer:kijk"),
                Arrays.asList(ac.get("ZGW_AUTH_CLIENTS").split(",")));
        List<String> services = Arrays.asList(ac.get("ZGW_AC_SERVICE_CLIENTS").split(","));
        for (Service s : Service.ALL) { // the others' own credentials; its own comes as ZGW_AUTH_SERVICE_SECRET
            assertEquals(!s.equals(Service.ALL.get(4)),
                    services.contains(s.clientId() + ":" + credentials.secret(s.clientId())), s.clientId());
        }
        assertEquals(5, services.size());
        assertEquals(credentials.secret("zgw-autorisaties-api"), ac.get("ZGW_AUTH_SERVICE_SECRET"));
    }

    @Test
    void theAutorisatiesApiIsItsOwnSourceAndSubscribesToTypeDeletions() throws Exception {
        Settings settings = Settings.from(Map.of("ZGW_DATA_DIR", data.toString()));
        Environments environments = new Environments(settings, Credentials.loadOrCreate(data));
        Map<String, String> ac = environments.service(Service.ALL.get(4));
        assertNull(ac.get("ZGW_AUTORISATIES_URL"));
        assertEquals("http://localhost:8005/beheer/v1/notificaties", ac.get("ZGW_AC_CALLBACK_URL"));
        assertEquals("http://localhost:8000", ac.get("ZGW_AC_BASE_URL"));
        assertEquals("true", environments.service(Service.ALL.get(5)).get("ZGW_NRC_CALLBACK_ALLOW_HTTP"));
        // callbacks and references on this machine are not refused as internal addresses (zgw.outbound)
        assertEquals("localhost,127.0.0.1",
                environments.service(Service.ALL.get(5)).get("ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS"));
        assertEquals("http://localhost:8001", environments.gateway().get("ZGW_GATEWAY_ROUTES_REFERENTIELIJSTEN"));
    }

    @Test
    void noJwtMaxAgeUnlessSet() throws Exception {
        Settings settings = Settings.from(Map.of("ZGW_DATA_DIR", data.toString()));
        Map<String, String> env = new Environments(settings, Credentials.loadOrCreate(data)).service(Service.ALL.get(0));
        assertFalse(env.containsKey("ZGW_AUTH_JWT_MAX_AGE"));
    }

    @Test
    void theGatewayGetsItsPortTheSixRoutesAndTheReferentielijsten() throws Exception {
        Settings settings = Settings.from(Map.of("ZGW_DATA_DIR", data.toString(), "ZGW_GATEWAY_PORT", "9000"));
        Map<String, String> env = new Environments(settings, Credentials.loadOrCreate(data)).gateway();
        assertEquals("9000", env.get("ZGW_GATEWAY_PORT"));
        assertEquals("http://localhost:8001", env.get("ZGW_GATEWAY_ROUTES_CATALOGI"));
        assertEquals("http://localhost:8006", env.get("ZGW_GATEWAY_ROUTES_NOTIFICATIES"));
        assertEquals("http://localhost:8001", env.get("ZGW_GATEWAY_ROUTES_REFERENTIELIJSTEN"));
        assertEquals(8, env.size());
    }
}
