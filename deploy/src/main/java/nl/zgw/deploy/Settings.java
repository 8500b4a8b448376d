package nl.zgw.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The embedded run's settings, from the environment (see the README's configuration table). */
record Settings(
        Path home,
        Path dataDir,
        int gatewayPort,
        int dbPort,
        String serviceHeap,
        Duration jwtMaxAge,
        String referentielijstenUrl,
        List<String> extraAllowedRoots,
        List<Client> extraClients,
        Duration startTimeout) {

    static final String BOOTSTRAP_CLIENT_ID = "zgw-admin";
    /** The Catalogi's built-in Referentielijsten copy, reached through the gateway like every API root. */
    static final String BUILT_IN_REFERENTIELIJSTEN_PATH = "/referentielijsten/api/v1";

    static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        Path cwd = Path.of("").toAbsolutePath();
        Path home = path(env.get("ZGW_HOME"), cwd);
        Path data = path(env.get("ZGW_DATA_DIR"), home.resolve("data"));
        List<Client> extra = Client.parseList(env.get("ZGW_CLIENTS"));
        for (Client c : extra) {
            if (c.id().equals(BOOTSTRAP_CLIENT_ID) || Service.ALL.stream().anyMatch(s -> s.clientId().equals(c.id()))) {
                throw new IllegalArgumentException("ZGW_CLIENTS: '" + c.id() + "' is a built-in client id; pick another");
            }
        }
        List<String> roots = new ArrayList<>();
        for (String r : value(env, "ZGW_ALLOWED_API_ROOTS", "").split(",")) {
            if (!r.isBlank()) {
                roots.add(stripSlash(r.trim()));
            }
        }
        String heap = value(env, "ZGW_SERVICE_HEAP", "256m");
        if (!heap.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("ZGW_SERVICE_HEAP must be a JVM heap size such as 256m or 1g, not '" + heap + "'");
        }
        int gatewayPort = port(env, "ZGW_GATEWAY_PORT", 8000);
        return new Settings(home, data,
                gatewayPort,
                port(env, "ZGW_DB_PORT", 54329),
                heap,
                duration(env, "ZGW_JWT_MAX_AGE", null),
                stripSlash(value(env, "ZGW_REFERENTIELIJSTEN_URL",
                        "http://localhost:" + gatewayPort + BUILT_IN_REFERENTIELIJSTEN_PATH)),
                List.copyOf(roots),
                List.copyOf(extra),
                duration(env, "ZGW_START_TIMEOUT", Duration.ofSeconds(240)));
    }

    /** The gateway as clients reach it on this machine. */
    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static Path path(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value.trim()).toAbsolutePath().normalize();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String v = value(env, name, Integer.toString(fallback));
        try {
            int p = Integer.parseInt(v);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + v + "'");
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT1H or PT30M, not '" + v + "'");
        }
    }

    static String stripSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
