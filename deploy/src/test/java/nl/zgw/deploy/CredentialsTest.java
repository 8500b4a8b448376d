package nl.zgw.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets are made once, kept private and found again on the next start. */
class CredentialsTest {

    @TempDir
    Path data;

    @Test
    void generatesARandomSecretPerClientOnce() throws Exception {
        Credentials first = Credentials.loadOrCreate(data);
        Set<String> secrets = new HashSet<>();
        for (String id : Credentials.builtInClientIds()) {
            String s = first.secret(id);
            assertTrue(s.matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url");
            secrets.add(s);
        }
        assertEquals(7, secrets.size(), "bootstrap client and six services, all different");

        Credentials again = Credentials.loadOrCreate(data);
        for (String id : Credentials.builtInClientIds()) {
            assertEquals(first.secret(id), again.secret(id));
        }
    }

    @Test
    void fileIsReadableByTheOwnerOnly() throws Exception {
        Credentials.loadOrCreate(data);
        Path file = data.resolve(Credentials.FILE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertTrue(Files.readString(file).contains("bootstrap.client-id=zgw-admin"));
    }

    @Test
    void addsWhatIsMissingAndKeepsTheRest() throws Exception {
        Files.writeString(data.resolve(Credentials.FILE), "client.zgw-admin=keep-me\n");
        Credentials c = Credentials.loadOrCreate(data);
        assertEquals("keep-me", c.secret("zgw-admin"));
        assertNotEquals("", c.secret("zgw-zaken-api"));
        assertEquals("keep-me", Credentials.loadOrCreate(data).secret("zgw-admin"));
    }
}
