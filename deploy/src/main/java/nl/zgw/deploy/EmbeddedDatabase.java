package nl.zgw.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL (real binaries from Maven Central, no installation, no Docker) on a fixed port, with its
 * cluster in {@code <data>/postgres}, kept between runs.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final boolean initialised;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean initialised) {
        this.postgres = postgres;
        this.initialised = initialised;
    }

    /**
     * Starts the server on {@code port}, initialising {@code clusterDir} if it holds no cluster yet.
     *
     * @param log where the server writes its own log
     */
    static EmbeddedDatabase start(Path clusterDir, Path binariesDir, int port, Path log) throws IOException {
        boolean fresh = !Files.exists(clusterDir.resolve("postgresql.conf"));
        Files.createDirectories(clusterDir);
        Files.createDirectories(binariesDir);
        Files.createDirectories(log.getParent());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setPort(port)
                .setRegisterShutdownHook(false) // the launcher stops it, after the services
                .setPGStartupWait(Duration.ofSeconds(60))
                // data that must survive: undo the test-friendly defaults (fsync off, asynchronous commit)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "300")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new EmbeddedDatabase(pg, fresh);
    }

    /** Whether this start created the cluster (first run). */
    boolean initialised() {
        return initialised;
    }

    int port() {
        return postgres.getPort();
    }

    /** Creates the databases that do not exist yet; returns the ones it created. */
    List<String> ensureDatabases(List<String> names) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + name);
                }
                created.add(name);
            }
        }
        return created;
    }

    /** The postmaster's process id, from {@code postmaster.pid}. */
    static Optional<Long> postmasterPid(Path clusterDir) {
        try {
            List<String> lines = Files.readAllLines(clusterDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the server (fast shutdown: open connections are closed, committed data is safe). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
