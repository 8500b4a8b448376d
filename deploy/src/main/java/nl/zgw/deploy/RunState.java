package nl.zgw.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running launcher leaves in the data folder for {@code ./zgw down} and {@code ./zgw status}:
 * {@code zgw.pid} (the launcher) and {@code run.properties} (each child's pid and port).
 */
final class RunState {

    static final String PID_FILE = "zgw.pid";
    static final String RUN_FILE = "run.properties";

    private final Path dataDir;

    RunState(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The launcher recorded in the pid file, if that process is still alive and is a launcher. */
    Optional<ProcessHandle> liveLauncher() {
        try {
            long pid = Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> commandLine(p).contains("zgw-launcher"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void writePid() throws IOException {
        Files.writeString(dataDir.resolve(PID_FILE), ProcessHandle.current().pid() + System.lineSeparator());
    }

    void write(List<Child> children, int dbPort, Optional<Long> postmasterPid) throws IOException {
        Properties p = new Properties();
        p.setProperty("launcher.pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("postgres.port", Integer.toString(dbPort));
        postmasterPid.ifPresent(pid -> p.setProperty("postgres.pid", Long.toString(pid)));
        for (Child c : children) {
            p.setProperty(c.name() + ".pid", Long.toString(c.pid()));
            p.setProperty(c.name() + ".port", Integer.toString(c.port()));
        }
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(RUN_FILE), StandardCharsets.UTF_8)) {
            p.store(w, "written by the running launcher; removed when it stops");
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(dataDir.resolve(RUN_FILE));
            Files.deleteIfExists(dataDir.resolve(PID_FILE));
        } catch (IOException ignored) {
            // best effort while stopping
        }
    }

    /**
     * Stops what a launcher that was killed outright (no chance to clean up) left running: its services and
     * gateway (recognised by {@code quarkus-run.jar} in their command line) and the PostgreSQL of this data folder.
     *
     * @return how many processes were stopped
     */
    int stopLeftovers(Path clusterDir) throws InterruptedException {
        int stopped = 0;
        Path run = dataDir.resolve(RUN_FILE);
        if (Files.exists(run)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(run, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // nothing to go on
            }
            for (String key : p.stringPropertyNames()) {
                if (!key.endsWith(".pid") || key.equals("launcher.pid") || key.equals("postgres.pid")) {
                    continue;
                }
                Optional<ProcessHandle> child = handle(p.getProperty(key))
                        .filter(h -> commandLine(h).contains("quarkus-run.jar"));
                if (child.isPresent()) {
                    stop(child.get());
                    stopped++;
                }
            }
        }
        Optional<ProcessHandle> postmaster = EmbeddedDatabase.postmasterPid(clusterDir)
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(h -> commandLine(h).contains("postgres"));
        if (postmaster.isPresent()) {
            stop(postmaster.get());
            stopped++;
        }
        try {
            Files.deleteIfExists(run);
        } catch (IOException ignored) {
            // harmless
        }
        return stopped;
    }

    private static void stop(ProcessHandle h) throws InterruptedException {
        h.destroy();
        try {
            h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            h.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> handle(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid.trim())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String commandLine(ProcessHandle h) {
        ProcessHandle.Info info = h.info();
        return info.commandLine().orElseGet(() -> info.command().orElse(""));
    }
}
