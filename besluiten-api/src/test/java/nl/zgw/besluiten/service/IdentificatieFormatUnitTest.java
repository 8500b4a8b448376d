package nl.zgw.besluiten.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** brc-002: the generated identificatie as the reference implementation spells it. */
class IdentificatieFormatUnitTest {

    @Test
    void yearAndTenDigits() {
        assertEquals("BESLUIT-2026-0000000001", IdentificatieGenerator.format(2026, 1));
        assertEquals("BESLUIT-0999-0123456789", IdentificatieGenerator.format(999, 123456789L));
    }
}
