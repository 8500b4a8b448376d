package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule classes on their own, with their codes. */
class BesluitRulesUnitTest {

    private static final String BT = "https://ztc.example.nl/catalogi/api/v1/besluittypen/1";

    @Test
    void brc007TheBesluittypeMustBeOneOfTheZaaktypes() {
        assertTrue(Brc007BesluittypeVanZaaktype.check(BT, List.of("x", BT)).isEmpty());
        InvalidParam p = Brc007BesluittypeVanZaaktype.check(BT, List.of("x")).orElseThrow();
        assertEquals(InvalidParam.NON_FIELD_ERRORS, p.name());
        assertEquals("zaaktype-mismatch", p.code());
        assertEquals("zaaktype-mismatch", Brc007BesluittypeVanZaaktype.check(BT, null).orElseThrow().code());
    }

    @Test
    void brc008TheInformatieobjecttypeMustBeOneOfTheBesluittypes() {
        assertTrue(Brc008InformatieobjecttypeVanBesluittype.check("iot", List.of("iot")).isEmpty());
        InvalidParam p = Brc008InformatieobjecttypeVanBesluittype.check("iot", List.of()).orElseThrow();
        assertEquals(InvalidParam.NON_FIELD_ERRORS, p.name());
        assertEquals("missing-besluittype-informatieobjecttype-relation", p.code());
    }

    @Test
    void aChangedImmutableFieldIsWijzigenNietToegelaten() {
        assertTrue(Onveranderlijk.check("zaak", null, null).isEmpty());
        assertTrue(Onveranderlijk.check("besluittype", BT, BT).isEmpty());
        InvalidParam p = Onveranderlijk.check("zaak", null, "https://zrc/zaken/1").orElseThrow();
        assertEquals("zaak", p.name());
        assertEquals("wijzigen-niet-toegelaten", p.code());
    }

    @Test
    void datumIsTodayOrBefore() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertTrue(DatumNietInDeToekomst.check(today).isEmpty());
        assertTrue(DatumNietInDeToekomst.check(today.minusYears(3)).isEmpty());
        assertEquals("future-not-allowed", DatumNietInDeToekomst.check(today.plusDays(1)).orElseThrow().code());
    }
}
