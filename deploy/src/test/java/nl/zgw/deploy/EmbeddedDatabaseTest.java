package nl.zgw.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded PostgreSQL keeps its cluster between runs and creates only the databases that are missing. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void findsItsDataAgainAfterARestart() throws Exception {
        int port = freePort();
        Path cluster = data.resolve("postgres");
        Path binaries = data.resolve("pg-binaries");
        Path log = data.resolve("logs/postgres.log");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, binaries, port, log)) {
            assertTrue(db.initialised());
            assertEquals(List.of("catalogi", "zaken"), db.ensureDatabases(List.of("catalogi", "zaken")));
            try (Connection c = connect(port, "zaken"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE zaak (id int primary key)");
                st.execute("INSERT INTO zaak VALUES (1)");
                try (ResultSet rs = st.executeQuery("SHOW fsync")) {
                    rs.next();
                    assertEquals("on", rs.getString(1), "data that must survive is written with fsync");
                }
            }
            assertTrue(EmbeddedDatabase.postmasterPid(cluster).isPresent());
        }
        assertFalse(Files.exists(cluster.resolve("postmaster.pid")), "stopped cleanly");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, binaries, port, log)) {
            assertFalse(db.initialised());
            assertEquals(List.of("besluiten"), db.ensureDatabases(List.of("catalogi", "zaken", "besluiten")));
            try (Connection c = connect(port, "zaken"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM zaak")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static Connection connect(int port, String db) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, "postgres", "");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
