package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** {@code datum} (the beslisdatum) lies today or before (vng-api-common UntilTodayValidator, Europe/Amsterdam). */
public final class DatumNietInDeToekomst {

    public static final String CODE = "future-not-allowed";
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private DatumNietInDeToekomst() {
    }

    public static Optional<InvalidParam> check(LocalDate datum) {
        if (datum == null || !datum.isAfter(LocalDate.now(NL))) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("datum", CODE, "Deze datum mag niet in de toekomst zijn."));
    }
}
