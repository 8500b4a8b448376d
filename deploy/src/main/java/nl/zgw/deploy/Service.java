package nl.zgw.deploy;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the six ZGW services as the embedded run starts it: the API name in its root, the Maven module, its
 * internal port and its own database. The gateway is not a Service; it has no database and no credential.
 */
record Service(String api, int port) {

    /**
     * The internal ports are {@code ZGW_SERVICE_PORT_BASE} (default 8000) plus 1 ... 6, so that a second run on the
     * same machine (another data folder, gateway and database port) can take another block of ports.
     */
    static final int PORT_BASE = portBase(System.getenv("ZGW_SERVICE_PORT_BASE"));

    static final List<Service> ALL = List.of(
            new Service("catalogi", PORT_BASE + 1),
            new Service("zaken", PORT_BASE + 2),
            new Service("documenten", PORT_BASE + 3),
            new Service("besluiten", PORT_BASE + 4),
            new Service("autorisaties", PORT_BASE + 5),
            new Service("notificaties", PORT_BASE + 6));

    static int portBase(String value) {
        if (value == null || value.isBlank()) {
            return 8000;
        }
        try {
            int base = Integer.parseInt(value.trim());
            if (base >= 1 && base <= 65529) {
                return base;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("ZGW_SERVICE_PORT_BASE must be a number from 1 to 65529, not '" + value + "'");
    }

    /** The Maven module and process name, e.g. {@code catalogi-api}. */
    String module() {
        return api + "-api";
    }

    /** The API root path, e.g. {@code /catalogi/api/v1}. */
    String root() {
        return "/" + api + "/api/v1";
    }

    /** The database the service owns. */
    String database() {
        return api;
    }

    /** The service's own credential for calls to the other services. */
    String clientId() {
        return "zgw-" + api + "-api";
    }

    /** Where the service listens inside the machine. */
    String internalBase() {
        return "http://localhost:" + port;
    }

    Path jar(Path home) {
        return home.resolve(module()).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
