package nl.zgw.notificaties;

import io.smallrye.config.SmallRyeConfigBuilder;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.config.NrcConfigCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The service fails fast at startup when a claimed job's lease could expire while it is still being delivered. */
class NrcConfigCheckTest {

    @Test
    void theLeaseMustBeLongerThanTheRequestTimeout() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NrcConfigCheck.check(Duration.ofSeconds(15), Duration.ofSeconds(15)));
        assertEquals("zgw.nrc.delivery.lease (PT15S) must be longer than zgw.nrc.callback.request-timeout (PT15S):"
                + " otherwise a delivery still in flight is claimed and sent again by another worker", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> NrcConfigCheck.check(Duration.ofSeconds(10), Duration.ofSeconds(15)));
        assertDoesNotThrow(() -> NrcConfigCheck.check(Duration.ofSeconds(16), Duration.ofSeconds(15)));
    }

    @Test
    void theDefaultsPass() {
        NrcConfig defaults = new SmallRyeConfigBuilder().withMapping(NrcConfig.class).build()
                .getConfigMapping(NrcConfig.class);
        assertDoesNotThrow(() -> NrcConfigCheck.check(defaults.delivery().lease(),
                defaults.callback().requestTimeout()));
    }
}
