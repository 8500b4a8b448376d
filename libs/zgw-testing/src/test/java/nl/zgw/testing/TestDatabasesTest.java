package nl.zgw.testing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Test database credentials never show in a log line or assertion message. */
class TestDatabasesTest {

    @Test
    void aDatabaseShowsNoPassword() {
        var db = new TestDatabases.Database("zgw_test_1", "jdbc:postgresql://h:5432/zgw_test_1?user=u&password=s3cr3t&ssl=true",
                "u", "s3cr3t");
        assertEquals("Database[zgw_test_1, jdbc:postgresql://h:5432/zgw_test_1?user=u&password=***&ssl=true, user u]",
                db.toString());
    }

    @Test
    void aServerShowsNoPassword() {
        var server = TestDatabases.Server.fromUrl("jdbc:postgresql://h:5432/postgres?user=u&password=s3cr3t");
        assertEquals("s3cr3t", server.password(), "the credential is still used to connect");
        assertFalse(server.toString().contains("s3cr3t"), server.toString());
        assertEquals("Server[jdbc:postgresql://h:5432/?user=u&password=***, user u]", server.toString());
    }
}
