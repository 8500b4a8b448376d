package nl.zgw.testing.services;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.zgw.testing.TestDatabases;
import nl.zgw.testing.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Starts other services of this project for a {@code @QuarkusTest}: each its built
 * {@code <module>/target/quarkus-app/quarkus-run.jar} as a separate JVM, on a free port, with its own fresh database
 * on the test PostgreSQL ({@link TestDatabases}), and wires them and the application under test together.
 * <pre>
 * &#64;QuarkusTestResource(value = ZgwServices.class, restrictToAnnotatedClass = false,
 *         initArgs = &#64;ResourceArg(name = ZgwServices.SERVICES, value = "catalogi,documenten"))
 * ...
 * given().baseUri(ZgwServices.url("catalogi")).header("Authorization", ZgwServices.bearer("admin"))...
 * </pre>
 * What it arranges:
 * <ul>
 *   <li>every started service gets the clients of the application under test ({@code %test.zgw.auth.clients} of its
 *   {@code application.properties}, e.g. {@code admin:admin-secret-which-is-long-enough:all}), so a
 *   {@link TestTokens} token works against all of them, plus the own credential ({@code zgw.auth.service.*}) of
 *   every started service and of the application under test, each with all autorisaties: service-to-service calls
 *   authenticate both ways;</li>
 *   <li>the application under test listens on a port chosen here ({@code quarkus.http.test-port}), so the started
 *   services can call it back; each side may dereference the other's API root ({@code zgw.refs.allowed-api-roots},
 *   both {@code localhost} and {@code 127.0.0.1}) and reach localhost ({@code zgw.outbound.allowed-private-hosts});</li>
 *   <li>a started Catalogi serves its built-in Referentielijsten copy, which the other started services use;</li>
 *   <li>Notificaties is started only when asked for; then every service sends to it. Without it notifications wait
 *   in each service's outbox (its relay logs at WARN only).</li>
 * </ul>
 * All processes start in parallel and must answer {@code /q/health/ready} within 180 s
 * ({@code ZGW_SERVICES_READY_TIMEOUT}); on failure the child's log
 * tail is in the message. Logs: {@code target/zgw-services/<api>.log}. On stop the processes are ended (SIGTERM,
 * then killed after 20 s) and their databases dropped.
 */
public class ZgwServices implements QuarkusTestResourceLifecycleManager {

    /** Init arg: the services to start, comma separated API names ({@code catalogi,zaken}). */
    public static final String SERVICES = "services";
    /** Init arg (optional): the client spec given to every started service instead of the app's own clients. */
    public static final String CLIENTS = "clients";
    /**
     * Init arg (optional): {@code api} makes the started Autorisaties API the source of truth, as in the embedded run:
     * it holds the clients (credentials and Applicaties), every other started service verifies each token there
     * ({@code zgw.autorisaties.url}) and, with Notificaties started, subscribes to kanaal {@code autorisaties} to keep
     * the answers until a change is announced. Default: every service trusts the configured clients.
     */
    public static final String AUTORISATIES = "autorisaties";

    /**
     * {@code ZGW_SERVICES_READY_TIMEOUT} (environment or system property, ISO-8601 or seconds) overrides the 180 s.
     * 90 s was measured too short for one Catalogi on the shared 2-core build machine under load; a start that
     * succeeds returns as soon as it is ready and a child that dies fails at once, so only a hang waits this long.
     */
    static final String READY_TIMEOUT_VARIABLE = "ZGW_SERVICES_READY_TIMEOUT";
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    static final String DEFAULT_CLIENTS = "admin:admin-secret-which-is-long-enough:all";
    /** System properties through which the tests (in whatever class loader) learn where the services are. */
    static final String PROPERTY_PREFIX = "nl.zgw.testing.services.";
    private static final Logger LOG = Logger.getLogger(ZgwServices.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<ServiceProcess> running = new ArrayList<>();
    private List<ZgwService> requested = List.of();
    private String clientsOverride;
    private boolean autorisatiesApi;
    private Thread shutdownHook;

    /** Starts Catalogi. */
    public static class Catalogi extends ZgwServices {
        @Override
        protected List<ZgwService> defaultServices() {
            return List.of(ZgwService.CATALOGI);
        }
    }

    /** Starts Catalogi, Zaken, Documenten and Besluiten (the e2e set; Autorisaties and Notificaties left out). */
    public static class Core extends ZgwServices {
        @Override
        protected List<ZgwService> defaultServices() {
            return List.of(ZgwService.CATALOGI, ZgwService.ZAKEN, ZgwService.DOCUMENTEN, ZgwService.BESLUITEN);
        }
    }

    /** The services started when no {@link #SERVICES} init arg is given. */
    protected List<ZgwService> defaultServices() {
        return List.of();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.get(SERVICES);
        if (names == null || names.isBlank()) {
            requested = defaultServices();
        } else {
            Set<ZgwService> set = new LinkedHashSet<>();
            for (String n : names.split(",")) {
                if (!n.isBlank()) {
                    set.add(ZgwService.of(n));
                }
            }
            requested = List.copyOf(set);
        }
        clientsOverride = initArgs.get(CLIENTS);
        autorisatiesApi = "api".equals(initArgs.get(AUTORISATIES));
        if (autorisatiesApi && !requested.contains(ZgwService.AUTORISATIES)) {
            throw new IllegalStateException("ZgwServices: " + AUTORISATIES + "=api needs the autorisaties service");
        }
    }

    @Override
    public Map<String, String> start() {
        if (requested.isEmpty()) {
            throw new IllegalStateException("ZgwServices: no services asked for; give init arg '" + SERVICES
                    + "', e.g. @ResourceArg(name = \"services\", value = \"catalogi\")");
        }
        for (ZgwService s : requested) {
            if (started(s.api())) {
                throw new IllegalStateException("ZgwServices: " + s.api() + " is already started in this JVM by"
                        + " another ZgwServices resource. Declare ZgwServices once per module, or each time with the"
                        + " same init args and restrictToAnnotatedClass = false (Quarkus then starts it once)");
            }
        }
        AppUnderTest app = AppUnderTest.read();
        if (app.service() != null && requested.contains(app.service())) {
            throw new IllegalStateException("ZgwServices: " + app.service().api()
                    + " is the application under test; it cannot also be started as another process");
        }
        Path home = projectHome();
        Map<ZgwService, Path> jars = new LinkedHashMap<>();
        for (ZgwService s : requested) {
            Path jar = home.resolve(s.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("ZgwServices: " + s.module() + " is not packaged (" + jar
                        + " is missing). Build it first, from " + home + ": ./mvnw -pl " + s.module()
                        + " -am package -DskipTests");
            }
            jars.put(s, jar);
        }

        int appPort = freePort();
        Map<ZgwService, Integer> ports = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (ZgwService s : requested) {
            ports.put(s, freePort());
            secrets.put(s.clientId(), newSecret());
        }
        String appSecret = newSecret();
        secrets.put(app.clientId(), appSecret);

        String testClients = clientsOverride != null ? clientsOverride : app.clients();
        String clients = joinClients(testClients, secrets);
        List<String> roots = new ArrayList<>();
        ports.forEach((s, p) -> roots.addAll(rootsOf(p, s.root())));
        List<String> allRoots = new ArrayList<>(roots);
        if (app.root() != null) {
            allRoots.addAll(rootsOf(appPort, app.root()));
        }
        String referentielijsten = ports.containsKey(ZgwService.CATALOGI)
                ? "http://localhost:" + ports.get(ZgwService.CATALOGI) + "/referentielijsten/api/v1" : null;
        String notificaties = ports.containsKey(ZgwService.NOTIFICATIES)
                ? "http://localhost:" + ports.get(ZgwService.NOTIFICATIES) + ZgwService.NOTIFICATIES.root() : null;

        Path logs = Path.of("target", "zgw-services").toAbsolutePath();
        installShutdownHook();
        try {
            for (ZgwService s : requested) {
                TestDatabases.Database db = TestDatabases.create();
                Map<String, String> env = new LinkedHashMap<>();
                env.put("QUARKUS_PROFILE", "prod");
                env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
                env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(s)));
                env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
                env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
                env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
                // several JVMs starting at once on a small machine can keep the first connection waiting
                env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "PT30S");
                env.put("ZGW_AUTH_CLIENTS", clients);
                env.put("ZGW_AUTH_SERVICE_CLIENT_ID", s.clientId());
                env.put("ZGW_AUTH_SERVICE_SECRET", secrets.get(s.clientId()));
                env.put("ZGW_REFS_ALLOWED_API_ROOTS", String.join(",", allRoots));
                env.put("ZGW_OUTBOUND_ALLOWED_PRIVATE_HOSTS", "localhost,127.0.0.1");
                if (referentielijsten != null) {
                    env.put("ZGW_REFERENTIELIJSTEN_URL", referentielijsten);
                }
                if (notificaties != null && s != ZgwService.NOTIFICATIES) {
                    env.put("ZGW_NOTIFICATIES_URL", notificaties);
                }
                if (s == ZgwService.NOTIFICATIES) {
                    env.put("ZGW_NRC_CALLBACK_ALLOW_HTTP", "true");
                }
                if (autorisatiesApi) {
                    viaAutorisatiesApi(env, s, ports, notificaties != null);
                }
                Map<String, String> props = new LinkedHashMap<>();
                props.put("quarkus.log.category.\"nl.zgw.common.events\".level", "WARN");
                // a synchronisation that failed during a test's outage is retried within seconds, not minutes
                props.put("zgw.sync.max-backoff", "PT2S");
                running.add(ServiceProcess.start(s, jars.get(s), ports.get(s), db, props, env,
                        logs.resolve(s.api() + ".log")));
            }
            awaitReady();
        } catch (IOException | RuntimeException e) {
            stop();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("ZgwServices: could not start a service: " + e.getMessage(), e);
        }

        for (ServiceProcess p : running) {
            System.setProperty(PROPERTY_PREFIX + p.service.api() + ".base", p.base());
            STARTED.put(p.service.api(), p);
        }
        System.setProperty(PROPERTY_PREFIX + "clients", clients);
        LOG.info("ZgwServices started " + running.stream().map(p -> p.service.api() + " at " + p.root())
                .collect(Collectors.joining(", ")) + (app.root() == null ? ""
                : "; the application under test (" + app.root() + ") on port " + appPort));

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.test-port", Integer.toString(appPort));
        config.put("zgw.auth.clients", clients);
        config.put("zgw.auth.service.client-id", app.clientId());
        config.put("zgw.auth.service.secret", appSecret);
        config.put("zgw.refs.allowed-api-roots", join(app.allowedApiRoots(), roots));
        config.put("zgw.outbound.allowed-private-hosts", join(app.allowedPrivateHosts(), List.of("localhost", "127.0.0.1")));
        if (notificaties != null) {
            config.put("zgw.notificaties.url", notificaties);
        }
        return config;
    }

    /**
     * The wiring of {@link #AUTORISATIES}{@code =api}: the AC creates the configured clients (it reads the same
     * {@code ZGW_AUTH_CLIENTS}, every service credential with all autorisaties); the others ask it.
     */
    private static void viaAutorisatiesApi(Map<String, String> env, ZgwService s, Map<ZgwService, Integer> ports,
                                           boolean notificaties) {
        String base = "http://localhost:" + ports.get(s);
        if (s != ZgwService.AUTORISATIES) {
            env.put("ZGW_AUTORISATIES_URL", "http://localhost:" + ports.get(ZgwService.AUTORISATIES)
                    + ZgwService.AUTORISATIES.root());
        }
        if (notificaties) {
            env.put(s == ZgwService.AUTORISATIES ? "ZGW_AC_CALLBACK_URL" : "ZGW_ABONNEMENT_CALLBACK_URL",
                    base + "/beheer/v1/notificaties");
        }
    }

    static Duration readyTimeout(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_READY_TIMEOUT;
        }
        String v = value.trim();
        try {
            return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(READY_TIMEOUT_VARIABLE + " must be seconds or an ISO-8601 duration"
                    + " (PT2M), not '" + v + "'");
        }
    }

    private void awaitReady() {
        Duration timeout = readyTimeout(System.getProperty(READY_TIMEOUT_VARIABLE, System.getenv(READY_TIMEOUT_VARIABLE)));
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(running);
        while (!waiting.isEmpty()) {
            for (ServiceProcess p : List.copyOf(waiting)) {
                if (!p.alive()) {
                    throw new IllegalStateException("ZgwServices: " + p.service.module() + " exited with code "
                            + p.exitCode() + " before it was ready. Log " + p.log + ", its end:"
                            + System.lineSeparator() + p.tail(40));
                }
                if (p.ready()) {
                    waiting.remove(p);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                StringBuilder sb = new StringBuilder("ZgwServices: not ready within " + timeout.toSeconds()
                        + " s (GET /q/health/ready; " + READY_TIMEOUT_VARIABLE + " to wait longer): ");
                sb.append(waiting.stream().map(p -> p.service.module()).collect(Collectors.joining(", ")));
                for (ServiceProcess p : waiting) {
                    sb.append(System.lineSeparator()).append("Log ").append(p.log).append(", its end:")
                            .append(System.lineSeparator()).append(p.tail(40));
                }
                throw new IllegalStateException(sb.toString());
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    @Override
    public void stop() {
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess p : running) {
            p.awaitStop(STOP_TIMEOUT);
            try {
                TestDatabases.drop(p.database);
            } catch (RuntimeException e) {
                LOG.warning("ZgwServices: could not drop " + p.database + ": " + e.getMessage());
            }
            System.clearProperty(PROPERTY_PREFIX + p.service.api() + ".base");
            STARTED.remove(p.service.api());
        }
        running.clear();
        System.clearProperty(PROPERTY_PREFIX + "clients");
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down: the hook runs anyway
            }
            shutdownHook = null;
        }
    }

    /** Kills the children should the test JVM end without {@link #stop()} (e.g. a killed build). */
    private void installShutdownHook() {
        List<ServiceProcess> mine = running;
        shutdownHook = new Thread(() -> mine.forEach(ServiceProcess::kill), "zgw-services-kill");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    // ---- what tests use

    /** The processes started in this JVM, by api, for {@link #outage}. */
    private static final Map<String, ServiceProcess> STARTED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Stops the started service {@code api}, runs {@code duringOutage}, then starts it again on the same port and
     * database and waits until it is ready: what the others do while it is down, and how they catch up.
     */
    public static void outage(String api, Runnable duringOutage) {
        ServiceProcess p = STARTED.get(api);
        if (p == null) {
            throw new IllegalStateException("ZgwServices: " + api + " is not started in this JVM");
        }
        p.requestStop();
        p.awaitStop(STOP_TIMEOUT);
        try {
            duringOutage.run();
        } finally {
            try {
                p.restart();
            } catch (IOException e) {
                throw new IllegalStateException("ZgwServices: could not restart " + api, e);
            }
            long deadline = System.nanoTime() + DEFAULT_READY_TIMEOUT.toNanos();
            while (!p.ready()) {
                if (!p.alive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("ZgwServices: " + api + " did not come back. Log " + p.log
                            + ", its end:" + System.lineSeparator() + p.tail(40));
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }
    }

    /** The API root of a started service, e.g. {@code http://localhost:41234/catalogi/api/v1}. */
    public static String url(String api) {
        ZgwService s = ZgwService.of(api);
        return base(api) + s.root();
    }

    /** The scheme, host and port of a started service, e.g. {@code http://localhost:41234}. */
    public static String base(String api) {
        ZgwService s = ZgwService.of(api);
        String base = System.getProperty(PROPERTY_PREFIX + s.api() + ".base");
        if (base == null) {
            throw new IllegalStateException("ZgwServices: " + s.api() + " is not started; add it to the init arg '"
                    + SERVICES + "' of @QuarkusTestResource(ZgwServices.class)");
        }
        return base;
    }

    /** Is this service started (by a {@code ZgwServices} resource of this test run)? */
    public static boolean started(String api) {
        return System.getProperty(PROPERTY_PREFIX + ZgwService.of(api).api() + ".base") != null;
    }

    /**
     * An {@code Authorization} header for a client every started service (and the application under test) knows,
     * e.g. {@code bearer("admin")}.
     */
    public static String bearer(String clientId) {
        String clients = System.getProperty(PROPERTY_PREFIX + "clients");
        if (clients == null) {
            throw new IllegalStateException("ZgwServices: no services started");
        }
        for (String spec : clients.split(",")) {
            String[] parts = spec.trim().split(":");
            if (parts.length >= 2 && parts[0].equals(clientId)) {
                return TestTokens.client(clientId).secret(parts[1]).bearer();
            }
        }
        throw new IllegalArgumentException("ZgwServices: no client '" + clientId + "' configured");
    }

    // ---- helpers

    /** The directory holding the modules: {@code ZGW_HOME} (env or system property), else up from the working dir. */
    static Path projectHome() {
        String home = System.getProperty("ZGW_HOME", System.getenv("ZGW_HOME"));
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path d = cwd; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("catalogi-api/pom.xml")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("ZgwServices: no project root (a directory with catalogi-api/pom.xml) above "
                + cwd + "; set ZGW_HOME");
    }

    static List<String> rootsOf(int port, String root) {
        return List.of("http://localhost:" + port + root, "http://127.0.0.1:" + port + root);
    }

    /** The test clients, then each service credential with all autorisaties ({@code id:secret:all}). */
    static String joinClients(String testClients, Map<String, String> secrets) {
        List<String> specs = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(secrets.keySet());
        for (String spec : testClients.split(",")) {
            String s = spec.trim();
            if (!s.isEmpty() && !ids.contains(s.split(":")[0])) {
                specs.add(s);
            }
        }
        secrets.forEach((id, secret) -> specs.add(id + ":" + secret + ":all"));
        return String.join(",", specs);
    }

    private static String join(String existing, List<String> more) {
        Set<String> all = new LinkedHashSet<>();
        if (existing != null) {
            for (String e : existing.split(",")) {
                if (!e.isBlank()) {
                    all.add(e.trim());
                }
            }
        }
        all.addAll(more);
        return String.join(",", all);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("ZgwServices: no free port", e);
        }
    }

    private static String newSecret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** What the application under test's {@code application.properties} says (test profile first). */
    record AppUnderTest(String root, String clientId, String clients, String allowedApiRoots,
                        String allowedPrivateHosts) {

        ZgwService service() {
            return root == null ? null : ZgwService.byRoot(root);
        }

        static AppUnderTest read() {
            List<Properties> files = new ArrayList<>();
            try {
                ClassLoader cl = Thread.currentThread().getContextClassLoader();
                Enumeration<URL> urls = (cl != null ? cl : ZgwServices.class.getClassLoader())
                        .getResources("application.properties");
                while (urls.hasMoreElements()) {
                    Properties p = new Properties();
                    try (InputStream in = urls.nextElement().openStream()) {
                        p.load(in);
                    }
                    files.add(p);
                }
            } catch (IOException e) {
                throw new IllegalStateException("ZgwServices: cannot read application.properties", e);
            }
            String clients = value(files, "zgw.auth.clients");
            return new AppUnderTest(value(files, "zgw.api.root"),
                    orElse(value(files, "zgw.auth.service.client-id"), "zgw-service"),
                    clients == null ? DEFAULT_CLIENTS : clients,
                    value(files, "zgw.refs.allowed-api-roots"),
                    value(files, "zgw.outbound.allowed-private-hosts"));
        }

        /** {@code %test.key} in any file, else {@code key}: the first file on the class path wins. */
        private static String value(List<Properties> files, String key) {
            for (String k : List.of("%test." + key, key)) {
                for (Properties p : files) {
                    String v = p.getProperty(k);
                    if (v != null && !v.isBlank() && !v.contains("${")) {
                        return v.trim();
                    }
                }
            }
            return null;
        }

        private static String orElse(String v, String fallback) {
            return v == null ? fallback : v;
        }
    }
}
