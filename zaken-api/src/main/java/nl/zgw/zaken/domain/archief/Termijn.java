package nl.zgw.zaken.domain.archief;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An ISO-8601 period of the Catalogi API (archiefactietermijn, procestermijn: {@code P10Y}, {@code P1Y6M}, {@code P2W},
 * {@code P1DT12H}) added to a date. A time part counts in whole days (what a date can carry).
 */
public final class Termijn {

    private Termijn() {
    }

    /** {@code date + period}; {@link IllegalArgumentException} when the text is no ISO-8601 period. */
    public static LocalDate plus(LocalDate date, String period) {
        String text = period.trim().toUpperCase(Locale.ROOT);
        int t = text.indexOf('T');
        try {
            String datePart = t < 0 ? text : text.substring(0, t);
            LocalDate result = date;
            if (!datePart.equals("P")) {
                result = result.plus(Period.parse(datePart));
            } else if (t < 0) {
                throw new IllegalArgumentException("Geen geldige periode: " + period);
            }
            if (t >= 0) {
                result = result.plusDays(Duration.parse("P" + text.substring(t)).toDays());
            }
            return result;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("Geen geldige periode: " + period, e);
        }
    }
}
