package nl.zgw.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The environment each child process gets: where it listens, its database, who it trusts and whom it calls. */
final class Environments {

    static final String DB_USER = "postgres";

    private final Settings settings;
    private final Credentials credentials;

    Environments(Settings settings, Credentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
    }

    Map<String, String> service(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1"); // only the gateway faces clients
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + settings.dbPort() + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", ""); // the embedded server trusts local connections
        // seven JVMs starting at once on a laptop can keep the first connection waiting longer than the 5 s default
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT30S");
        env.put("ZGW_AUTH_SERVICE_CLIENT_ID", service.clientId());
        env.put("ZGW_AUTH_SERVICE_SECRET", credentials.secret(service.clientId()));
        if (settings.jwtMaxAge() != null) {
            env.put("ZGW_AUTH_JWT_MAX_AGE", settings.jwtMaxAge().toString());
        }
        env.put("ZGW_NOTIFICATIES_URL", internalRoot(byApi("notificaties")));
        Service ac = byApi("autorisaties");
        if (service.equals(ac)) {
            // the Autorisaties API is the source of truth itself and the only process that holds client secrets;
            // it subscribes at the NRC to type deletions
            env.put("ZGW_AUTH_CLIENTS", clients());
            env.put("ZGW_AC_SERVICE_CLIENTS", serviceClients());
            env.put("ZGW_AC_BASE_URL", settings.gatewayUrl());
            env.put("ZGW_AC_CALLBACK_URL", ac.internalBase() + "/beheer/v1/notificaties");
        } else {
            // every other service verifies each request's token and reads its autorisaties there (no restart needed);
            // it knows no secret but its own, and keeps the answers until kanaal autorisaties announces a change
            env.put("ZGW_AUTORISATIES_URL", internalRoot(ac));
            env.put("ZGW_ABONNEMENT_CALLBACK_URL", service.internalBase() + "/beheer/v1/notificaties");
        }
        if (service.api().equals("notificaties")) {
            env.put("ZGW_NRC_CALLBACK_ALLOW_HTTP", "true"); // subscribers on this machine speak plain http
        }
        env.put("ZGW_REFERENTIELIJSTEN_URL", settings.referentielijstenUrl());
        env.put("ZGW_REFS_ALLOWED_API_ROOTS", String.join(",", allowedApiRoots()));
        env.put("ZGW_REFS_INTERNAL_ROOTS", internalRoots());
        // everything of the embedded run, and the subscribers and referenced APIs beside it, is on this machine
        env.put("ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS", "localhost,127.0.0.1");
        return env;
    }

    Map<String, String> gateway() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZGW_GATEWAY_PORT", Integer.toString(settings.gatewayPort()));
        for (Service s : Service.ALL) {
            env.put("ZGW_GATEWAY_ROUTES_" + s.api().toUpperCase(java.util.Locale.ROOT), s.internalBase());
        }
        env.put("ZGW_GATEWAY_ROUTES_REFERENTIELIJSTEN", byApi("catalogi").internalBase());
        return env;
    }

    /** The bootstrap client (all autorisaties), then ZGW_CLIENTS: the AC creates their credentials if absent. */
    String clients() {
        List<Client> all = new ArrayList<>();
        all.add(new Client(Settings.BOOTSTRAP_CLIENT_ID, credentials.secret(Settings.BOOTSTRAP_CLIENT_ID), true));
        all.addAll(settings.extraClients());
        return all.stream().map(Client::spec).collect(Collectors.joining(","));
    }

    /**
     * The other services' own credentials, {@code id:secret,...}: the AC sets them from this value at every start
     * (the services read the same value) and gives each an Applicatie with heeftAlleAutorisaties if none holds it.
     */
    String serviceClients() {
        Service ac = byApi("autorisaties");
        return Service.ALL.stream().filter(s -> !s.equals(ac))
                .map(s -> s.clientId() + ":" + credentials.secret(s.clientId())).collect(Collectors.joining(","));
    }

    /**
     * The public gateway bases a reference may use: {@code localhost} and {@code 127.0.0.1}, which are the same
     * gateway to anyone on this machine.
     */
    List<String> publicBases() {
        return List.of("http://localhost:" + settings.gatewayPort(), "http://127.0.0.1:" + settings.gatewayPort());
    }

    /** The six public roots (both host spellings), the Referentielijsten root, then ZGW_ALLOWED_API_ROOTS. */
    List<String> allowedApiRoots() {
        List<String> roots = new ArrayList<>();
        for (String base : publicBases()) {
            for (Service s : Service.ALL) {
                roots.add(base + s.root());
            }
        }
        addOnce(roots, settings.referentielijstenUrl());
        settings.extraAllowedRoots().forEach(r -> addOnce(roots, r));
        return roots;
    }

    /** {@code publicRoot=internalRoot,...}: the services reach each other directly, not through the gateway. */
    String internalRoots() {
        List<String> pairs = new ArrayList<>();
        for (String base : publicBases()) {
            for (Service s : Service.ALL) {
                pairs.add(base + s.root() + "=" + internalRoot(s));
            }
            pairs.add(base + Settings.BUILT_IN_REFERENTIELIJSTEN_PATH + "="
                    + byApi("catalogi").internalBase() + Settings.BUILT_IN_REFERENTIELIJSTEN_PATH);
        }
        return String.join(",", pairs);
    }

    private static String internalRoot(Service s) {
        return s.internalBase() + s.root();
    }

    private static Service byApi(String api) {
        return Service.ALL.stream().filter(s -> s.api().equals(api)).findFirst().orElseThrow();
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
