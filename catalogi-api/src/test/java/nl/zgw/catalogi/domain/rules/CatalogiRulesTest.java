package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pure rule classes, without Quarkus: each rule's code and where it is reported. */
class CatalogiRulesTest {

    private static final String NON_FIELD = InvalidParam.NON_FIELD_ERRORS;

    @Test
    void dateMismatchWhenEindeBeforeBegin() {
        LocalDate begin = LocalDate.of(2024, 1, 1);
        assertEquals(Optional.empty(), GeldigheidVolgorde.check(begin, begin).map(InvalidParam::code));
        assertEquals(Optional.empty(), GeldigheidVolgorde.check(begin, null).map(InvalidParam::code));
        InvalidParam e = GeldigheidVolgorde.check(begin, begin.minusDays(1)).orElseThrow();
        assertEquals(List.of(NON_FIELD, "date-mismatch"), List.of(e.name(), e.code()));
    }

    @Test
    void verlengingMismatchBothWays() {
        assertEquals(Optional.empty(), VerlengingMismatch.check(true, "P10D").map(InvalidParam::code));
        assertEquals(Optional.empty(), VerlengingMismatch.check(false, null).map(InvalidParam::code));
        assertEquals(Optional.of("verlenging-mismatch"), VerlengingMismatch.check(true, null).map(InvalidParam::code));
        InvalidParam e = VerlengingMismatch.check(false, "P10D").orElseThrow();
        assertEquals(List.of(NON_FIELD, "verlenging-mismatch"), List.of(e.name(), e.code()));
    }

    @Test
    void ztc002ProcestypeMismatchIgnoresATrailingSlash() {
        assertEquals(Optional.empty(), ProcestypeMismatch.check("https://s.nl/procestypen/1/",
                "https://s.nl/procestypen/1").map(InvalidParam::code));
        InvalidParam e = ProcestypeMismatch.check("https://s.nl/procestypen/1", "https://s.nl/procestypen/2")
                .orElseThrow();
        assertEquals(List.of(NON_FIELD, "procestype-mismatch"), List.of(e.name(), e.code()));
        assertEquals(Optional.of("procestype-mismatch"), ProcestypeMismatch.check("https://s.nl/procestypen/1", null)
                .map(InvalidParam::code));
    }

    @Test
    void ztc003UnderNonFieldErrors() {
        List<InvalidParam> errors = BrondatumArchiefprocedureRules.check(new BrondatumArchiefprocedureRules.Values(
                "termijn", null, null, null, null, "P5Y"), "nihil");
        assertEquals(List.of(new InvalidParam(NON_FIELD, "invalid-afleidingswijze-for-procestermijn",
                errors.get(0).reason())), errors);
    }

    @Test
    void relationsIncorrectZaaktype() {
        assertEquals(Optional.empty(), SameZaaktype.check(1L, 1L, "statustype").map(InvalidParam::code));
        InvalidParam e = SameZaaktype.check(1L, 2L, "statustype").orElseThrow();
        assertEquals(List.of(NON_FIELD, "relations-incorrect-zaaktype"), List.of(e.name(), e.code()));
    }

    @Test
    void oneConceptPerNameOnTheNameField() {
        assertEquals(Optional.empty(), OneConceptPerName.check(0, "omschrijving", "besluittype")
                .map(InvalidParam::code));
        InvalidParam e = OneConceptPerName.check(1, "identificatie", "zaaktype").orElseThrow();
        assertEquals(List.of("identificatie", "unique"), List.of(e.name(), e.code()));
    }

    @Test
    void publishedRelationsOnePerUnpublishedName() {
        List<InvalidParam> errors = PublishedRelations.check("besluittypen", List.of("a", "b", "c"), Set.of("b"));
        assertEquals(List.of(NON_FIELD, NON_FIELD), errors.stream().map(InvalidParam::name).toList());
        assertEquals(List.of("concept-relation", "concept-relation"),
                errors.stream().map(InvalidParam::code).toList());
    }

    @Test
    void completeZaaktypeReportsEveryGap() {
        List<InvalidParam> errors = CompleteZaaktype.check(new CompleteZaaktype.Parts(1, 0, 0, 0));
        assertEquals(List.of("roltypen", "resultaattypen", "statustypen"),
                errors.stream().map(InvalidParam::name).toList());
        assertEquals(Set.of("concept-relation"), Set.copyOf(errors.stream().map(InvalidParam::code).toList()));
        assertEquals(List.of("resultaattypen"), CompleteZaaktype.check(new CompleteZaaktype.Parts(2, 1, 1, 1))
                .stream().map(InvalidParam::name).toList());
        assertEquals(List.of(), CompleteZaaktype.check(new CompleteZaaktype.Parts(2, 1, 1, 0)));
    }
}
