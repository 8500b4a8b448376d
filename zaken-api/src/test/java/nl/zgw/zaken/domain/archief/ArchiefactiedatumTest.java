package nl.zgw.zaken.domain.archief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** zrc-021 as a rule: the calculator for each of the nine afleidingswijzen, with its edge cases. */
class ArchiefactiedatumTest {

    static final LocalDate EINDDATUM = LocalDate.of(2024, 3, 15);

    /** Brondata assembled in the test; a source that is not set answers as a zaak without it. */
    static final class Bron implements Brondata {
        Hoofdzaak hoofdzaak;
        final List<LocalDate> gerelateerd = new ArrayList<>();
        final Map<String, String> eigenschappen = new HashMap<>();
        final Map<String, List<String>> zaakobjecten = new HashMap<>();
        final List<Besluit> besluiten = new ArrayList<>();
        final List<String> gevraagd = new ArrayList<>();

        @Override
        public Optional<Hoofdzaak> hoofdzaak() {
            gevraagd.add("hoofdzaak");
            return Optional.ofNullable(hoofdzaak);
        }

        @Override
        public List<LocalDate> gerelateerdeZakenEinddata() {
            gevraagd.add("gerelateerd");
            return gerelateerd;
        }

        @Override
        public Optional<String> eigenschap(String naam) {
            gevraagd.add("eigenschap");
            return Optional.ofNullable(eigenschappen.get(naam));
        }

        @Override
        public List<String> zaakobjectWaarden(String objecttype, String datumkenmerk) {
            gevraagd.add("zaakobject");
            return zaakobjecten.getOrDefault(objecttype + "/" + datumkenmerk, List.of());
        }

        @Override
        public List<Besluit> besluiten() {
            gevraagd.add("besluiten");
            return besluiten;
        }
    }

    static Archiefregime regime(String afleidingswijze, String datumkenmerk, String objecttype, String procestermijn) {
        return new Archiefregime("vernietigen", "P10Y", null,
                new BrondatumArchiefprocedure(afleidingswijze, datumkenmerk, false, objecttype, null, procestermijn));
    }

    static void assertThrowsContaining(Class<? extends Throwable> type, Executable call, String part) {
        Throwable fout = assertThrows(type, call);
        assertTrue(fout.getMessage().contains(part), () -> "message '" + fout.getMessage() + "' lacks '" + part + "'");
    }

    static Archiefparameters.Uitkomst bepaal(Archiefregime regime, Brondata bron) {
        return Archiefparameters.bepaal(null, null, EINDDATUM, regime, bron);
    }

    @Nested
    class Algemeen {
        @Test
        void archiefnominatieComesFromTheResultaattypeWhenTheZaakHasNone() {
            Archiefparameters.Uitkomst uitkomst = bepaal(regime("afgehandeld", null, null, null), new Bron());
            assertEquals("vernietigen", uitkomst.archiefnominatie());
        }

        @Test
        void archiefnominatieOfTheZaakIsKept() {
            Archiefparameters.Uitkomst uitkomst = Archiefparameters.bepaal("blijvend_bewaren", null, EINDDATUM,
                    regime("afgehandeld", null, null, null), new Bron());
            assertEquals("blijvend_bewaren", uitkomst.archiefnominatie());
            assertEquals(LocalDate.of(2034, 3, 15), uitkomst.archiefactiedatum());
        }

        @Test
        void archiefactiedatumOfTheZaakIsKeptAndNoSourceIsAsked() {
            Bron bron = new Bron();
            LocalDate eigen = LocalDate.of(2050, 1, 1);
            Archiefparameters.Uitkomst uitkomst = Archiefparameters.bepaal(null, eigen, EINDDATUM,
                    regime("eigenschap", "ontbreekt", null, null), bron);
            assertEquals(eigen, uitkomst.archiefactiedatum());
            assertTrue(bron.gevraagd.isEmpty());
        }

        @Test
        void withoutArchiefactietermijnNoDateIsSet() {
            Archiefregime regime = new Archiefregime("vernietigen", null, null,
                    new BrondatumArchiefprocedure("afgehandeld", null, false, null, null, null));
            Archiefparameters.Uitkomst uitkomst = bepaal(regime, new Bron());
            assertNull(uitkomst.archiefactiedatum());
            assertEquals("vernietigen", uitkomst.archiefnominatie());
        }

        @Test
        void withoutBrondatumArchiefprocedureNoDateIsSet() {
            Archiefregime regime = new Archiefregime("blijvend_bewaren", "P5Y", null, null);
            assertNull(bepaal(regime, new Bron()).archiefactiedatum());
        }

        @Test
        void aBlankArchiefnominatieOfTheResultaattypeLeavesItUnset() {
            Archiefregime regime = new Archiefregime("", "P5Y", null,
                    new BrondatumArchiefprocedure("afgehandeld", null, false, null, null, null));
            assertNull(bepaal(regime, new Bron()).archiefnominatie());
        }

        @Test
        void anUnknownAfleidingswijzeIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("onbekend", null, null, null), new Bron()), "");
        }

        @Test
        void termijnenInMonthsWeeksDaysAndTimePartsAreAdded() {
            assertEquals(LocalDate.of(2025, 9, 15), Termijn.plus(EINDDATUM, "P1Y6M"));
            assertEquals(LocalDate.of(2024, 3, 29), Termijn.plus(EINDDATUM, "P2W"));
            assertEquals(LocalDate.of(2024, 3, 18), Termijn.plus(EINDDATUM, "P1DT48H"));
            assertEquals(LocalDate.of(2025, 2, 28), Termijn.plus(LocalDate.of(2024, 2, 29), "P1Y"));
            assertThrowsContaining(IllegalArgumentException.class, () -> Termijn.plus(EINDDATUM, "tien jaar"), "");
            assertThrowsContaining(IllegalArgumentException.class, () -> Termijn.plus(EINDDATUM, "P"), "");
        }

        @Test
        void anInvalidArchiefactietermijnIsAnArchiefactiedatumError() {
            Archiefregime regime = new Archiefregime("vernietigen", "tien jaar", null,
                    new BrondatumArchiefprocedure("afgehandeld", null, false, null, null, null));
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime, new Bron()), "archiefactietermijn");
        }
    }

    @Nested
    class Afgehandeld {
        @Test
        void brondatumIsTheEinddatum() {
            assertEquals(LocalDate.of(2034, 3, 15), bepaal(regime("afgehandeld", null, null, null), new Bron()).archiefactiedatum());
        }

        @Test
        void aDateInThePastIsStillSet() {
            Archiefregime regime = new Archiefregime("vernietigen", "P1Y", null,
                    new BrondatumArchiefprocedure("afgehandeld", null, false, null, null, null));
            LocalDate lang = LocalDate.of(2001, 1, 1);
            assertEquals(LocalDate.of(2002, 1, 1), Archiefparameters.bepaal(null, null, lang, regime, new Bron()).archiefactiedatum());
            assertTrue(Archiefparameters.bepaal(null, null, lang, regime, new Bron()).archiefactiedatum().isBefore(LocalDate.now()));
        }
    }

    @Nested
    class AnderDatumkenmerk {
        @Test
        void noDateIsDerivedItIsSetByHand() {
            Bron bron = new Bron();
            Archiefparameters.Uitkomst uitkomst = bepaal(regime("ander_datumkenmerk", "overlijdensdatum", "pand", null),
                    bron);
            assertNull(uitkomst.archiefactiedatum());
            assertEquals("vernietigen", uitkomst.archiefnominatie());
            assertTrue(bron.gevraagd.isEmpty());
        }
    }

    @Nested
    class Eigenschap {
        @Test
        void brondatumIsTheDateInTheNamedEigenschap() {
            Bron bron = new Bron();
            bron.eigenschappen.put("vervaldatum", "2030-06-01");
            assertEquals(LocalDate.of(2040, 6, 1), bepaal(regime("eigenschap", "vervaldatum", null, null), bron).archiefactiedatum());
        }

        @Test
        void aDateTimeOrTheCatalogiDatumFormaatIsReadAsItsDate() {
            Bron bron = new Bron();
            bron.eigenschappen.put("a", "2030-06-01T23:00:00+01:00");
            bron.eigenschappen.put("b", "20300601");
            assertEquals(LocalDate.of(2040, 6, 1), bepaal(regime("eigenschap", "a", null, null), bron).archiefactiedatum());
            assertEquals(LocalDate.of(2040, 6, 1), bepaal(regime("eigenschap", "b", null, null), bron).archiefactiedatum());
        }

        @Test
        void aMissingEigenschapIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("eigenschap", "vervaldatum", null, null), new Bron()), "vervaldatum");
        }

        @Test
        void aMissingDatumkenmerkIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("eigenschap", null, null, null), new Bron()), "datumkenmerk");
        }

        @Test
        void aValueThatIsNoDateIsAnArchiefactiedatumError() {
            Bron bron = new Bron();
            bron.eigenschappen.put("vervaldatum", "morgen");
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("eigenschap", "vervaldatum", null, null), bron), "morgen");
        }

        @Test
        void anEmptyValueGivesNoDate() {
            Bron bron = new Bron();
            bron.eigenschappen.put("vervaldatum", "");
            assertNull(bepaal(regime("eigenschap", "vervaldatum", null, null), bron).archiefactiedatum());
        }
    }

    @Nested
    class GerelateerdeZaak {
        @Test
        void brondatumIsTheLatestEinddatumOfTheRelatedZaken() {
            Bron bron = new Bron();
            bron.gerelateerd.addAll(Arrays.asList(LocalDate.of(2020, 1, 1), null, LocalDate.of(2021, 5, 5)));
            assertEquals(LocalDate.of(2031, 5, 5), bepaal(regime("gerelateerde_zaak", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void relatedZakenNoneClosedGiveNoDate() {
            Bron bron = new Bron();
            bron.gerelateerd.add(null);
            assertNull(bepaal(regime("gerelateerde_zaak", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void noRelatedZakenIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("gerelateerde_zaak", null, null, null), new Bron()), "");
        }
    }

    @Nested
    class HoofdzaakAfleiding {
        @Test
        void brondatumIsTheEinddatumOfTheHoofdzaak() {
            Bron bron = new Bron();
            bron.hoofdzaak = new Brondata.Hoofdzaak(LocalDate.of(2022, 2, 2));
            assertEquals(LocalDate.of(2032, 2, 2), bepaal(regime("hoofdzaak", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void anOpenHoofdzaakGivesNoDate() {
            Bron bron = new Bron();
            bron.hoofdzaak = new Brondata.Hoofdzaak(null);
            assertNull(bepaal(regime("hoofdzaak", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void noHoofdzaakGivesNoDate() {
            assertNull(bepaal(regime("hoofdzaak", null, null, null), new Bron()).archiefactiedatum());
        }
    }

    @Nested
    class IngangsdatumBesluit {
        @Test
        void brondatumIsTheLatestIngangsdatum() {
            Bron bron = new Bron();
            bron.besluiten.add(new Brondata.Besluit(LocalDate.of(2023, 1, 1), null));
            bron.besluiten.add(new Brondata.Besluit(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 8, 1)));
            assertEquals(LocalDate.of(2033, 7, 1), bepaal(regime("ingangsdatum_besluit", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void noBesluitenIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("ingangsdatum_besluit", null, null, null), new Bron()), "besluiten");
        }
    }

    @Nested
    class TermijnAfleiding {
        @Test
        void brondatumIsTheEinddatumPlusTheProcestermijn() {
            assertEquals(LocalDate.of(2036, 3, 15), bepaal(regime("termijn", null, null, "P2Y"), new Bron()).archiefactiedatum());
        }

        @Test
        void theResultaattypesProcestermijnServesWhenTheProcedureHasNone() {
            Archiefregime regime = new Archiefregime("vernietigen", "P10Y", "P1M",
                    new BrondatumArchiefprocedure("termijn", null, false, null, null, null));
            assertEquals(LocalDate.of(2034, 4, 15), bepaal(regime, new Bron()).archiefactiedatum());
        }

        @Test
        void noProcestermijnIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("termijn", null, null, null), new Bron()), "procestermijn");
        }

        @Test
        void anInvalidProcestermijnIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("termijn", null, null, "twee jaar"), new Bron()), "twee jaar");
        }
    }

    @Nested
    class VervaldatumBesluit {
        @Test
        void brondatumIsTheLatestVervaldatum() {
            Bron bron = new Bron();
            bron.besluiten.add(new Brondata.Besluit(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)));
            bron.besluiten.add(new Brondata.Besluit(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1)));
            assertEquals(LocalDate.of(2035, 1, 1), bepaal(regime("vervaldatum_besluit", null, null, null), bron).archiefactiedatum());
        }

        @Test
        void besluitenWithoutVervaldatumAreAnArchiefactiedatumError() {
            Bron bron = new Bron();
            bron.besluiten.add(new Brondata.Besluit(LocalDate.of(2023, 1, 1), null));
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("vervaldatum_besluit", null, null, null), bron), "vervaldatum");
        }

        @Test
        void noBesluitenIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("vervaldatum_besluit", null, null, null), new Bron()), "");
        }
    }

    @Nested
    class Zaakobject {
        @Test
        void brondatumIsTheLatestDatumkenmerkOfTheZaakobjectenOfTheObjecttype() {
            Bron bron = new Bron();
            bron.zaakobjecten.put("pand/einddatum", List.of("2026-01-01", "2027-01-01T10:00:00Z"));
            assertEquals(LocalDate.of(2037, 1, 1), bepaal(regime("zaakobject", "einddatum", "pand", null), bron).archiefactiedatum());
        }

        @Test
        void aDateWithoutLeadingZerosCountsAsTheReferenceReadsIt() {
            Bron bron = new Bron();   // the standard's test collection sends woz waardepeildatum 2008-1-1 and 2013-1-1
            bron.zaakobjecten.put("woz_waarde/waardepeildatum", List.of("2008-1-1", "2013-1-1"));
            assertEquals(LocalDate.of(2023, 1, 1),
                    bepaal(regime("zaakobject", "waardepeildatum", "woz_waarde", null), bron).archiefactiedatum());
        }

        @Test
        void noZaakobjectOfTheObjecttypeIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("zaakobject", "einddatum", "pand", null), new Bron()), "");
        }

        @Test
        void aZaakobjectWithoutTheAttributeIsAnArchiefactiedatumError() {
            Bron bron = new Bron();
            bron.zaakobjecten.put("pand/einddatum", Arrays.asList("2026-01-01", null));
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("zaakobject", "einddatum", "pand", null), bron), "pand");
        }

        @Test
        void aMissingObjecttypeOrDatumkenmerkIsAnArchiefactiedatumError() {
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("zaakobject", "einddatum", null, null), new Bron()), "objecttype");
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("zaakobject", null, "pand", null), new Bron()), "datumkenmerk");
        }

        @Test
        void aValueThatIsNoDateIsAnArchiefactiedatumError() {
            Bron bron = new Bron();
            bron.zaakobjecten.put("pand/einddatum", List.of("onbekend"));
            assertThrowsContaining(ArchiefactiedatumFout.class, () -> bepaal(regime("zaakobject", "einddatum", "pand", null), bron), "onbekend");
        }
    }
}
