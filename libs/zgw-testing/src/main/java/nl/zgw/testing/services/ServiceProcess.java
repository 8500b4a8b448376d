package nl.zgw.testing.services;

import nl.zgw.testing.TestDatabases;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One started service: its JVM process, port, database and log file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** A JVM flag set that keeps a test's extra services light (the brief's: small heap, C1 only, serial GC). */
    static final List<String> JVM_FLAGS = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    final ZgwService service;
    final int port;
    final TestDatabases.Database database;
    final Path log;
    private final ProcessBuilder builder;
    private volatile Process process;

    private ServiceProcess(ZgwService service, int port, TestDatabases.Database database, Path log,
                           ProcessBuilder builder) throws IOException {
        this.service = service;
        this.port = port;
        this.database = database;
        this.log = log;
        this.builder = builder;
        this.process = builder.start();
    }

    /** Starts the same command again (same port, database and log) after a stop: an outage a test makes. */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(service.api() + " is still running");
        }
        Files.writeString(log, System.lineSeparator() + "=== " + service.api() + " restarted " + Instant.now()
                + " ===" + System.lineSeparator(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
    }

    /**
     * Starts {@code java -jar jar} with the JVM flags, the system properties and the environment given, output
     * (stdout and stderr) written to {@code log} (a fresh file per start).
     */
    static ServiceProcess start(ZgwService service, Path jar, int port, TestDatabases.Database database,
                                Map<String, String> systemProperties, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, System.lineSeparator() + "=== " + service.api() + " on port " + port + ", started "
                        + Instant.now() + " ===" + System.lineSeparator(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        return new ServiceProcess(service, port, database, log, pb);
    }

    String base() {
        return "http://localhost:" + port;
    }

    String root() {
        return base() + service.root();
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** {@code GET /q/health/ready} answers 200. */
    boolean ready() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the process to stop (SIGTERM; Quarkus shuts down gracefully). */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the process to end, kills it when it takes longer than {@code timeout}. */
    void awaitStop(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    /** The last lines of the log, to show why a process did not come up. */
    String tail(int lines) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(0, len - 32 * 1024);
            f.seek(from);
            byte[] buf = new byte[(int) (len - from)];
            f.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\\R");
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(from == 0 ? 0 : 1, all.length - lines); i < all.length; i++) {
                sb.append("    ").append(all[i]).append(System.lineSeparator());
            }
            return sb.toString();
        } catch (IOException e) {
            return "    (no log: " + e.getMessage() + ")" + System.lineSeparator();
        }
    }
}
