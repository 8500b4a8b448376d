package nl.zgw.zaken.domain.archief;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * zrc-021: at closing, archiefnominatie and archiefactiedatum derived from the resultaat's resultaattype.
 * <ol>
 *     <li>archiefnominatie: the zaak's own if set, else the resultaattype's.</li>
 *     <li>archiefactiedatum: the zaak's own if set; else, when the resultaattype has an archiefactietermijn, the
 *     brondatum (by its afleidingswijze) plus that termijn; no date when the brondatum cannot be determined
 *     ("MAG GEEN datum").</li>
 * </ol>
 * A derivation the client can repair (no datumkenmerk, no such eigenschap, a value that is no date, no besluiten, no
 * procestermijn) is an {@link ArchiefactiedatumFout} ({@value ArchiefactiedatumFout#CODE}), as the reference
 * implementation answers.
 */
public final class Archiefparameters {

    /** The outcome for the zaak; either field may be {@code null}. */
    public record Uitkomst(String archiefnominatie, LocalDate archiefactiedatum) {
    }

    private Archiefparameters() {
    }

    /**
     * @param archiefnominatie  the zaak's current archiefnominatie (kept when set)
     * @param archiefactiedatum the zaak's current archiefactiedatum (kept when set)
     * @param einddatum         the einddatum the zaak gets now (date of the eindstatus)
     */
    public static Uitkomst bepaal(String archiefnominatie, LocalDate archiefactiedatum, LocalDate einddatum,
                                  Archiefregime regime, Brondata bron) {
        String nominatie = isBlank(archiefnominatie) ? blankToNull(regime.archiefnominatie()) : archiefnominatie;
        if (archiefactiedatum != null) {
            return new Uitkomst(nominatie, archiefactiedatum);
        }
        if (isBlank(regime.archiefactietermijn())) {
            return new Uitkomst(nominatie, null);
        }
        LocalDate brondatum = brondatum(einddatum, regime, bron);
        if (brondatum == null) {
            return new Uitkomst(nominatie, null);
        }
        LocalDate datum;
        try {
            datum = Termijn.plus(brondatum, regime.archiefactietermijn());
        } catch (IllegalArgumentException e) {
            throw new ArchiefactiedatumFout("Geen geldige periode in archiefactietermijn: " + regime.archiefactietermijn());
        }
        return new Uitkomst(nominatie, datum);
    }

    /** The brondatum of the archiefprocedure, {@code null} when it cannot (yet) be determined. */
    static LocalDate brondatum(LocalDate einddatum, Archiefregime regime, Brondata bron) {
        BrondatumArchiefprocedure procedure = regime.brondatumArchiefprocedure();
        if (procedure == null || isBlank(procedure.afleidingswijze())) {
            return null;
        }
        Afleidingswijze wijze = Afleidingswijze.of(procedure.afleidingswijze()).orElseThrow(() ->
                new ArchiefactiedatumFout("Onbekende afleidingswijze: " + procedure.afleidingswijze()));
        return switch (wijze) {
            case AFGEHANDELD -> einddatum;
            case ANDER_DATUMKENMERK -> null; // set by hand (MOET handmatig afgeleid en gezet worden)
            case HOOFDZAAK -> bron.hoofdzaak().map(Brondata.Hoofdzaak::einddatum).orElse(null);
            case EIGENSCHAP -> eigenschap(procedure, bron);
            case ZAAKOBJECT -> zaakobject(procedure, bron);
            case TERMIJN -> termijn(einddatum, procedure, regime);
            case GERELATEERDE_ZAAK -> gerelateerdeZaak(bron);
            case INGANGSDATUM_BESLUIT -> max(besluiten(bron).stream().map(Brondata.Besluit::ingangsdatum).toList());
            case VERVALDATUM_BESLUIT -> vervaldatum(besluiten(bron));
        };
    }

    private static LocalDate eigenschap(BrondatumArchiefprocedure procedure, Brondata bron) {
        String kenmerk = procedure.datumkenmerk();
        if (isBlank(kenmerk)) {
            throw new ArchiefactiedatumFout("Geen datumkenmerk aanwezig om de eigenschap te achterhalen voor het "
                    + "bepalen van de brondatum.");
        }
        Optional<String> waarde = bron.eigenschap(kenmerk);
        if (waarde.isEmpty()) {
            throw new ArchiefactiedatumFout("Geen eigenschap gevonden die overeenkomt met het datumkenmerk \""
                    + kenmerk + "\" voor het bepalen van de brondatum.");
        }
        if (isBlank(waarde.get())) {
            return null;
        }
        return datum(waarde.get()).orElseThrow(() -> new ArchiefactiedatumFout(
                "Geen geldige datumwaarde in eigenschap \"" + kenmerk + "\": " + waarde.get()));
    }

    private static LocalDate zaakobject(BrondatumArchiefprocedure procedure, Brondata bron) {
        if (isBlank(procedure.objecttype())) {
            throw new ArchiefactiedatumFout("Geen objecttype aanwezig om het zaakobject te achterhalen voor het "
                    + "bepalen van de brondatum.");
        }
        if (isBlank(procedure.datumkenmerk())) {
            throw new ArchiefactiedatumFout("Geen datumkenmerk aanwezig om het attribuut van het zaakobject te "
                    + "achterhalen voor het bepalen van de brondatum.");
        }
        List<LocalDate> data = new ArrayList<>();
        for (String waarde : bron.zaakobjectWaarden(procedure.objecttype(), procedure.datumkenmerk())) {
            if (waarde == null) {
                throw new ArchiefactiedatumFout(procedure.datumkenmerk() + " geen geldig attribuut voor ZaakObject "
                        + "van type " + procedure.objecttype());
            }
            data.add(datum(waarde).orElseThrow(() -> new ArchiefactiedatumFout("Geen geldige datumwaarde in "
                    + "attribuut \"" + procedure.datumkenmerk() + "\": " + waarde)));
        }
        if (data.isEmpty()) {
            throw new ArchiefactiedatumFout("Geen attribuut gevonden die overeenkomt met het datumkenmerk \""
                    + procedure.datumkenmerk() + "\" voor het bepalen van de brondatum.");
        }
        return max(data);
    }

    private static LocalDate termijn(LocalDate einddatum, BrondatumArchiefprocedure procedure, Archiefregime regime) {
        String procestermijn = !isBlank(procedure.procestermijn()) ? procedure.procestermijn() : regime.procestermijn();
        if (isBlank(procestermijn)) {
            throw new ArchiefactiedatumFout("Geen procestermijn aanwezig voor het bepalen van de brondatum.");
        }
        if (einddatum == null) {
            return null;
        }
        try {
            return Termijn.plus(einddatum, procestermijn);
        } catch (IllegalArgumentException e) {
            throw new ArchiefactiedatumFout("Geen geldige periode in procestermijn: " + procestermijn);
        }
    }

    private static LocalDate gerelateerdeZaak(Brondata bron) {
        List<LocalDate> einddata = bron.gerelateerdeZakenEinddata();
        if (einddata.isEmpty()) {
            throw new ArchiefactiedatumFout("Geen gerelateerde zaken aan zaak gekoppeld om brondatum uit af te leiden.");
        }
        return max(einddata);
    }

    private static List<Brondata.Besluit> besluiten(Brondata bron) {
        List<Brondata.Besluit> besluiten = bron.besluiten();
        if (besluiten.isEmpty()) {
            throw new ArchiefactiedatumFout("Geen besluiten aan zaak gekoppeld om brondatum uit af te leiden.");
        }
        return besluiten;
    }

    private static LocalDate vervaldatum(List<Brondata.Besluit> besluiten) {
        LocalDate max = max(besluiten.stream().map(Brondata.Besluit::vervaldatum).toList());
        if (max == null) {
            throw new ArchiefactiedatumFout("Besluit.vervaldatum moet gezet worden voordat de zaak kan worden "
                    + "afgesloten");
        }
        return max;
    }

    /** The latest of the dates that are known, {@code null} when none is. */
    private static LocalDate max(List<LocalDate> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * A date ({@code 2020-05-01}), a date-time ({@code 2020-05-01T10:00:00Z}, its own date) or the Catalogi's
     * eigenschap formaat {@code datum} ({@code 20200501}).
     */
    static Optional<LocalDate> datum(String text) {
        String value = text.trim();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            // a date-time below
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            // a local date-time below
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            // the Catalogi's formaat datum below
        }
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            // a date without leading zeros below
        }
        try {
            return Optional.of(LocalDate.parse(value, UNPADDED)); // 2008-1-1, as Django's parse_date reads it
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter UNPADDED = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
