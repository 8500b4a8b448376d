package nl.zgw.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives each caller its own, empty PostgreSQL database on one shared server per JVM.
 *
 * <p>The server is chosen once, in this order:
 * <ol>
 *   <li>{@code ZGW_TEST_DB_URL} (environment or system property): a JDBC URL of a database on a running server whose
 *   user may create databases, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres};</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>an embedded PostgreSQL (zonky), which needs neither Docker nor an installed server.</li>
 * </ol>
 * Never H2: the services rely on PostgreSQL behaviour (jsonb, SKIP LOCKED, partial indexes).
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "ZGW_TEST_DB_URL";
    private static final Logger LOG = Logger.getLogger(TestDatabases.class.getName());
    private static Server server;

    private TestDatabases() {
    }

    /** A database on a reachable server, with the JDBC URL and credentials to reach it. */
    public record Database(String name, String jdbcUrl, String username, String password) {
        @Override
        public String toString() {
            return "Database[" + name + ", " + masked(jdbcUrl) + ", user " + username + "]";
        }
    }

    /** The URL with any {@code password=} parameter hidden, for logs and messages. */
    static String masked(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    /** Creates a fresh database with a unique name. */
    public static synchronized Database create() {
        Server s = server();
        String name = "zgw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        s.execute("CREATE DATABASE " + name);
        return new Database(name, s.urlFor(name), s.username, s.password);
    }

    /** Drops a database made by {@link #create()}, disconnecting whoever still holds it. */
    public static synchronized void drop(Database db) {
        if (server != null) {
            server.execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
        }
    }

    private static Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url != null && !url.isBlank()) {
            LOG.info("Test databases on " + masked(url));
            return Server.fromUrl(url);
        }
        if (DockerPostgres.available()) {
            LOG.info("Test databases in a Testcontainers PostgreSQL");
            return DockerPostgres.start();
        }
        LOG.info("No " + URL_VARIABLE + " and no Docker: test databases in an embedded PostgreSQL");
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary cluster directory is cleaned by zonky
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + pg.getPort() + "/", "", "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL", e);
        }
    }

    /** A PostgreSQL server: {@code base} is the URL up to and including the slash before the database name. */
    record Server(String base, String query, String username, String password) {

        static Server fromUrl(String url) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int q = url.indexOf('?');
            String base = url.substring(0, slash + 1);
            String query = q < 0 ? "" : url.substring(q);
            String user = param(query, "user", System.getenv().getOrDefault("ZGW_TEST_DB_USER", "postgres"));
            String password = param(query, "password", System.getenv().getOrDefault("ZGW_TEST_DB_PASSWORD", ""));
            return new Server(base, query, user, password);
        }

        private static String param(String query, String name, String fallback) {
            for (String part : query.replaceFirst("^\\?", "").split("&")) {
                if (part.startsWith(name + "=")) {
                    return part.substring(name.length() + 1);
                }
            }
            return fallback;
        }

        @Override
        public String toString() {
            return "Server[" + masked(base + query) + ", user " + username + "]";
        }

        String urlFor(String database) {
            return base + database + query;
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(urlFor("postgres"), username, password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database statement failed: " + sql, e);
            }
        }
    }
}
