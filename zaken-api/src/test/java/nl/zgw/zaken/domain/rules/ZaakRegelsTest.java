package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.zaken.domain.Zaak;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The object rules of a zaak without a database. */
class ZaakRegelsTest {

    private static Zaak zaak(Zaak hoofdzaak) {
        Zaak z = new Zaak();
        z.uuid = UUID.randomUUID();
        z.hoofdzaak = hoofdzaak;
        return z;
    }

    @Test
    void zrc013() {
        Zaak hoofd = zaak(null);
        Zaak deel = zaak(hoofd);
        assertEquals(Optional.empty(), ZaakRegels.hoofdzaak(zaak(null), hoofd));
        assertEquals("deelzaak-als-hoofdzaak", ZaakRegels.hoofdzaak(zaak(null), deel).orElseThrow().code());
        assertEquals("self-forbidden", ZaakRegels.hoofdzaak(hoofd, hoofd).orElseThrow().code());
    }

    @Test
    void zrc014() {
        OffsetDateTime now = OffsetDateTime.parse("2026-01-01T12:00:00Z");
        assertEquals(List.of(), ZaakRegels.betaling("nvt", null, now));
        assertEquals(List.of(), ZaakRegels.betaling("geheel", now.minusDays(1), now));
        List<InvalidParam> both = ZaakRegels.betaling("nvt", now.plusSeconds(1), now);
        assertEquals(List.of("betaling-nvt", "future_not_allowed"), both.stream().map(InvalidParam::code).toList());
    }

    @Test
    void zrc015() {
        assertTrue(ZaakRegels.productenOfDiensten(List.of("a"), List.of("a", "b")).isEmpty());
        assertTrue(ZaakRegels.productenOfDiensten(null, List.of()).isEmpty());
        // on the field, as Open Zaak and the VNG collection report it
        assertEquals("productenOfDiensten", ZaakRegels.productenOfDiensten(List.of("c"), List.of("a")).orElseThrow()
                .name());
    }

    @Test
    void zrc022() {
        assertEquals(List.of(), ZaakRegels.archiefstatus("nog_te_archiveren", "", null, () -> false));
        assertEquals(List.of("archiefnominatie-not-set", "archiefactiedatum-not-set", "documents-not-archived"),
                ZaakRegels.archiefstatus("overgedragen", "", null, () -> false).stream().map(InvalidParam::code)
                        .toList());
        assertEquals(List.of(), ZaakRegels.archiefstatus("gearchiveerd", "vernietigen", LocalDate.now(), () -> true));
    }

    @Test
    void zrc002() {
        assertTrue(ZaakRegels.onveranderlijk("identificatie", "A", null).isEmpty());
        assertTrue(ZaakRegels.onveranderlijk("identificatie", "A", "A").isEmpty());
        assertEquals("wijzigen-niet-toegelaten", ZaakRegels.onveranderlijk("identificatie", "A", "B").orElseThrow()
                .code());
    }
}
