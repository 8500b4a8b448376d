package nl.zgw.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./zgw up}: starts PostgreSQL, the six services and the gateway, waits until all are healthy, prints how to
 * use them, and on Ctrl-C / SIGTERM stops everything in reverse order.
 */
final class Launcher {

    private static final String GATEWAY = "gateway";

    private final Settings settings;
    private final PrintStream out;
    private final RunState runState;
    private final List<Child> children = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile EmbeddedDatabase database;

    Launcher(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.runState = new RunState(settings.dataDir());
    }

    /** Runs until stopped; returns only on a failed start (the exit code). */
    int run() throws Exception {
        Instant started = Instant.now();
        Path data = settings.dataDir();
        Map<String, Path> jars = jars();
        List<String> missing = jars.entrySet().stream().filter(e -> !Files.isRegularFile(e.getValue()))
                .map(e -> settings.home().relativize(e.getValue()).toString()).toList();
        if (!missing.isEmpty()) {
            throw new LaunchException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./zgw up --build (or ./mvnw -B package -DskipTests).");
        }
        Files.createDirectories(settings.logs());
        if (runState.liveLauncher().isPresent()) {
            throw new LaunchException("Already running (pid " + runState.liveLauncher().get().pid() + ") on data folder "
                    + data + ". Stop it with ./zgw down.");
        }
        int leftovers = runState.stopLeftovers(clusterDir());
        if (leftovers > 0) {
            out.println("Stopped " + leftovers + " process(es) left over from a run that was killed.");
        }
        checkPortsFree();
        runState.writePid();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "zgw-stop"));

        Credentials credentials = Credentials.loadOrCreate(data);
        out.println("Data folder: " + data);
        out.print("Starting PostgreSQL on port " + settings.dbPort() + " ... ");
        out.flush();
        database = EmbeddedDatabase.start(clusterDir(), data.resolve("pg-binaries"), settings.dbPort(),
                settings.logs().resolve("postgres.log"));
        List<String> created = database.ensureDatabases(Service.ALL.stream().map(Service::database).toList());
        out.println(database.initialised() ? "initialised a new cluster" : "found its data again");
        if (!created.isEmpty()) {
            out.println("Created databases: " + String.join(", ", created));
        }

        Environments env = new Environments(settings, credentials);
        for (Service s : Service.ALL) {
            children.add(Child.start(s.module(), s.port(), Child.javaCommand(jars.get(s.module()), settings.serviceHeap()),
                    env.service(s), settings.logs().resolve(s.module() + ".log")));
        }
        children.add(Child.start(GATEWAY, settings.gatewayPort(),
                Child.javaCommand(jars.get(GATEWAY), settings.serviceHeap()), env.gateway(),
                settings.logs().resolve(GATEWAY + ".log")));
        runState.write(children, settings.dbPort(), EmbeddedDatabase.postmasterPid(clusterDir()));
        out.println("Starting " + children.size() + " processes (logs in " + settings.logs() + "), waiting for health ...");

        String failure = awaitHealthy();
        if (failure != null) {
            out.println();
            out.println(failure);
            stop();
            return 1;
        }
        printReady(credentials, Duration.between(started, Instant.now()));
        watch();
        return 0;
    }

    private Map<String, Path> jars() {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (Service s : Service.ALL) {
            jars.put(s.module(), s.jar(settings.home()));
        }
        jars.put(GATEWAY, settings.home().resolve("gateway/target/quarkus-app/quarkus-run.jar"));
        return jars;
    }

    private Path clusterDir() {
        return settings.dataDir().resolve("postgres");
    }

    private void checkPortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.dbPort(), "PostgreSQL (ZGW_DB_PORT)");
        Service.ALL.forEach(s -> ports.put(s.port(), s.module()));
        ports.put(settings.gatewayPort(), "the gateway (ZGW_GATEWAY_PORT)");
        for (Map.Entry<Integer, String> p : ports.entrySet()) {
            if (listening(p.getKey())) {
                throw new LaunchException("Port " + p.getKey() + " (for " + p.getValue() + ") is already in use. "
                        + "Is another ./zgw up running? Stop it with ./zgw down, or free the port.");
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Null when every child answers its health check; else what went wrong and where to look. */
    private String awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        Set<Child> up = new HashSet<>();
        long t0 = System.nanoTime();
        while (up.size() < children.size()) {
            for (Child c : children) {
                if (stopping.get()) {
                    return "Interrupted.";
                }
                if (up.contains(c)) {
                    continue;
                }
                if (!c.alive()) {
                    return problem(c, c.name() + " stopped during startup (exit code " + c.exitCode() + ").");
                }
                if (c.healthy()) {
                    up.add(c);
                    out.printf("  %-18s up on http://localhost:%d (%d s)%n", c.name(), c.port(),
                            Duration.ofNanos(System.nanoTime() - t0).toSeconds());
                }
            }
            if (System.nanoTime() > deadline) {
                Child slow = children.stream().filter(c -> !up.contains(c)).findFirst().orElseThrow();
                return problem(slow, slow.name() + " did not become healthy within " + settings.startTimeout().toSeconds()
                        + " s (ZGW_START_TIMEOUT).");
            }
            // the next health round, or at once when a stop begins
            if (stopSignal.await(500, TimeUnit.MILLISECONDS)) {
                return "Interrupted.";
            }
        }
        return null;
    }

    private String problem(Child c, String what) {
        StringBuilder b = new StringBuilder("ERROR: ").append(what).append(System.lineSeparator())
                .append("See its log: ").append(c.log()).append(System.lineSeparator())
                .append("Last lines:").append(System.lineSeparator());
        c.tail(20).forEach(l -> b.append("  | ").append(l).append(System.lineSeparator()));
        return b.toString();
    }

    private void printReady(Credentials credentials, Duration took) {
        String gw = settings.gatewayUrl();
        String secret = credentials.secret(Settings.BOOTSTRAP_CLIENT_ID);
        String user = JwtZgw.currentUser();
        String token = JwtZgw.token(Settings.BOOTSTRAP_CLIENT_ID, secret, user, user, Instant.now());
        Duration maxAge = settings.jwtMaxAge() == null ? Duration.ofHours(1) : settings.jwtMaxAge();
        out.println();
        out.println("ZGW APIs are up (" + took.toSeconds() + " s).");
        out.println();
        out.println("  Gateway:        " + gw + "/");
        out.println("  Documentation:  " + gw + "/docs/");
        for (Service s : Service.ALL) {
            out.printf("  %-15s " + gw + s.root() + "%n", capitalise(s.api()) + ":");
        }
        out.println("  Data and logs:  " + settings.dataDir() + " (PostgreSQL on localhost:" + settings.dbPort() + ")");
        out.println();
        out.println("  Bootstrap client (heeftAlleAutorisaties):");
        out.println("    client id:    " + Settings.BOOTSTRAP_CLIENT_ID);
        out.println("    secret:       " + secret);
        out.println();
        out.println("  Try it (the token is valid for " + human(maxAge) + "; ./zgw token prints a fresh one):");
        out.println("    curl -H \"Authorization: Bearer " + token + "\" " + gw + "/catalogi/api/v1/zaaktypen");
        out.println();
        out.println("Press Ctrl-C to stop (or run ./zgw down in another terminal).");
        out.flush();
    }

    /** Until stopped: reports a child that ends on its own (it is not restarted). */
    private void watch() throws InterruptedException {
        BlockingQueue<Child> ended = new LinkedBlockingQueue<>();
        children.forEach(c -> c.process().onExit().thenRun(() -> ended.add(c)));
        while (!stopping.get()) {
            Child c = ended.poll(1, TimeUnit.SECONDS);
            // a Ctrl-C reaches the children too: a child that ends just as the stop begins did not fail
            if (c != null && !stopSignal.await(500, TimeUnit.MILLISECONDS)) {
                out.println("WARNING: " + c.name() + " stopped (exit code " + c.exitCode() + "); see "
                        + c.log() + ". Restart with ./zgw down && ./zgw up.");
            }
        }
    }

    /** Stops the gateway and services (SIGTERM, then kill after 30 s), then PostgreSQL. Safe to call twice. */
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        stopSignal.countDown();
        out.println();
        out.println("Stopping ...");
        List<Child> reversed = new ArrayList<>(children);
        java.util.Collections.reverse(reversed);
        reversed.forEach(Child::requestStop);
        for (Child c : reversed) {
            try {
                if (!c.awaitStop(Duration.ofSeconds(30))) {
                    out.println("  " + c.name() + " did not stop in time and was killed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                c.process().destroyForcibly();
            }
        }
        EmbeddedDatabase db = database;
        if (db != null) {
            try {
                db.close();
            } catch (IOException | RuntimeException e) {
                out.println("  PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        runState.clear();
        out.println("Stopped.");
        out.flush();
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String human(Duration d) {
        if (d.toSeconds() % 3600 == 0) {
            long h = d.toHours();
            return h + (h == 1 ? " hour" : " hours");
        }
        if (d.toSeconds() % 60 == 0) {
            long m = d.toMinutes();
            return m + (m == 1 ? " minute" : " minutes");
        }
        return d.toSeconds() + " seconds";
    }

    /** A start that cannot go on, with a message for the user (no stack trace). */
    static final class LaunchException extends RuntimeException {
        LaunchException(String message) {
            super(message);
        }
    }
}
