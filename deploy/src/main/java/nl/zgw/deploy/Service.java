package nl.zgw.deploy;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the six ZGW services as the embedded run starts it: the API name in its root, the Maven module, its
 * internal port and its own database. The gateway is not a Service; it has no database and no credential.
 */
record Service(String api, int port) {

    static final List<Service> ALL = List.of(
            new Service("catalogi", 8001),
            new Service("zaken", 8002),
            new Service("documenten", 8003),
            new Service("besluiten", 8004),
            new Service("autorisaties", 8005),
            new Service("notificaties", 8006));

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
