package nl.zgw.common.security;

import nl.zgw.common.security.jwt.ConfiguredClients;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 2 "Credentials": secrets are never logged, so nothing that holds them prints them. */
class ConfiguredClientsTest {

    @Test
    void toStringShowsClientIdsButNoSecret() {
        ConfiguredClients clients = ConfiguredClients.parse(Optional.of("boot:s3cr3t-1:all,other:s3cr3t-2"));
        assertEquals(Optional.of("s3cr3t-1"), Optional.ofNullable(clients.secrets().get("boot")));
        String shown = clients.toString();
        assertFalse(shown.contains("s3cr3t"), shown);
        assertTrue(shown.contains("boot") && shown.contains("other"), shown);
    }

    @Test
    void aBadEntryIsRefusedWithoutEchoingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfiguredClients.parse(Optional.of("boot:s3cr3t:all,s3cr3t-only")));
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }
}
