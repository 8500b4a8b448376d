package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.ac.AutorisatiesApiSource;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Standard §2 (the Autorisaties API decides): a production run that falls back to configuration warns once. */
class AutorisatiesApiSourceStartupTest {

    @Test
    void productionWithoutAutorisatiesUrlWarnsThatConfigurationDecides() {
        String warning = AutorisatiesApiSource.startupWarning(true, false, true).orElseThrow();
        assertTrue(warning.startsWith("zgw.autorisaties.url is not set"), warning);
        assertTrue(warning.contains("zgw.auth.clients"), warning);
    }

    @Test
    void testsDevTheAcItselfAndConfiguredRunsStaySilent() {
        assertEquals(Optional.empty(), AutorisatiesApiSource.startupWarning(false, false, true));
        assertEquals(Optional.empty(), AutorisatiesApiSource.startupWarning(true, true, true));
        assertEquals(Optional.empty(), AutorisatiesApiSource.startupWarning(true, false, false));
    }
}
