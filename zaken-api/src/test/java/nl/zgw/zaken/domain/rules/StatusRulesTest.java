package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.client.ZaakDocumenten.Document;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of statussen and closing as rules: zrc-007 documents and resultaat, zrc-008 scopes, dates. */
class StatusRulesTest {

    private static List<String> codes(List<InvalidParam> errors) {
        return errors.stream().map(InvalidParam::code).toList();
    }

    @Test
    void zrc007DocumentsMustBeUnlockedAndHaveIndicatieGebruiksrecht() {
        assertEquals(List.of(), codes(DocumentenGereedVoorAfsluiten.check(List.of(
                new Document("https://drc/1", true, false, false), new Document("https://drc/2", true, true, false)))));
        assertEquals(List.of("informatieobject-locked"), codes(DocumentenGereedVoorAfsluiten.check(List.of(
                new Document("https://drc/1", true, true, true)))));
        assertEquals(List.of("indicatiegebruiksrecht-unset"), codes(DocumentenGereedVoorAfsluiten.check(List.of(
                new Document("https://drc/1", true, null, false)))));
        assertEquals(List.of("informatieobject-locked", "indicatiegebruiksrecht-unset"),
                codes(DocumentenGereedVoorAfsluiten.check(List.of(new Document("https://drc/1", true, null, false),
                        new Document("https://drc/2", true, true, true), new Document("https://drc/3", true, null, true)))));
        assertTrue(DocumentenGereedVoorAfsluiten.check(List.of()).isEmpty());
    }

    @Test
    void zrc007ADocumentTheDocumentenApiDoesNotGiveCannotBeChecked() {
        List<InvalidParam> errors = DocumentenGereedVoorAfsluiten.check(List.of(
                new Document("https://drc/1", false, null, false)));
        assertEquals(List.of("bad-url"), codes(errors));
        assertEquals(InvalidParam.NON_FIELD_ERRORS, errors.get(0).name());
    }

    @Test
    void zrc007ClosingNeedsAResultaat() {
        assertEquals("resultaat-does-not-exist", ResultaatVereistBijAfsluiten.check(false).orElseThrow().code());
        assertTrue(ResultaatVereistBijAfsluiten.check(true).isEmpty());
    }

    @Test
    void zrc008ScopesForTheFirstLaterAndReopeningStatus() {
        assertEquals(List.of(Scopes.Zrc.AANMAKEN, Scopes.Zrc.STATUSSEN_TOEVOEGEN, Scopes.Zrc.HEROPENEN),
                StatusZettenScope.toegestaan(false, false));
        assertEquals(List.of(Scopes.Zrc.STATUSSEN_TOEVOEGEN, Scopes.Zrc.HEROPENEN),
                StatusZettenScope.toegestaan(false, true));
        assertEquals(List.of(Scopes.Zrc.HEROPENEN), StatusZettenScope.toegestaan(true, true));
    }

    @Test
    void datumStatusGezetMayBeNowButNotLater() {
        OffsetDateTime nu = OffsetDateTime.parse("2024-05-01T10:00:00Z");
        assertTrue(DatumStatusGezetNietInToekomst.check(nu, nu).isEmpty());
        assertEquals("date-in-future", DatumStatusGezetNietInToekomst.check(nu.plusSeconds(1), nu).orElseThrow().code());
    }

    @Test
    void anUnchangedOrNewValueIsNoChange() {
        assertTrue(Onveranderlijk.check("resultaattype", "https://a", "https://a").isEmpty());
        assertTrue(Onveranderlijk.check("resultaattype", null, "https://a").isEmpty());
        InvalidParam fout = Onveranderlijk.check("resultaattype", "https://a", "https://b").orElseThrow();
        assertEquals("resultaattype", fout.name());
        assertEquals("wijzigen-niet-toegelaten", fout.code());
    }
}
