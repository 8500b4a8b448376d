package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * ztc-015: an eigenschap with formaat {@code datum} has lengte 8 and values {@code YYYYMMDD}; with formaat
 * {@code datum_tijd} lengte 14 and values {@code YYYYMMDDhhmmss} (both strict calendar dates). Beyond the rule,
 * {@code getal} values must be numbers (a decimal comma allowed); {@code tekst} values are not checked.
 */
public final class Ztc015EigenschapDatum {

    public static final String CODE = "invalid";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private Ztc015EigenschapDatum() {
    }

    public static List<InvalidParam> check(String formaat, String lengte, List<String> waarden) {
        List<InvalidParam> errors = new ArrayList<>();
        String expected = "datum".equals(formaat) ? "8" : "datum_tijd".equals(formaat) ? "14" : null;
        if (expected != null && !expected.equals(lengte)) {
            errors.add(new InvalidParam("specificatie.lengte", CODE,
                    "Bij formaat '" + formaat + "' hoort lengte " + expected + "."));
        }
        if (waarden != null) {
            for (int i = 0; i < waarden.size(); i++) {
                String w = waarden.get(i);
                if (!valid(formaat, w)) {
                    errors.add(new InvalidParam("specificatie.waardenverzameling." + i, CODE,
                            "De waarde '" + w + "' past niet bij formaat '" + formaat + "'."));
                }
            }
        }
        return errors;
    }

    private static boolean valid(String formaat, String w) {
        if (w == null) {
            return false;
        }
        try {
            switch (formaat) {
                case "datum" -> LocalDate.parse(w, DATUM);
                case "datum_tijd" -> LocalDateTime.parse(w, DATUM_TIJD);
                case "getal" -> new java.math.BigDecimal(w.replace(',', '.'));
                default -> {
                    return true;
                }
            }
            return true;
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }
}
