package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A moment that happened (a klantcontact's datumtijd) may not lie in the future (Open Zaak: date-in-future). */
public final class DatumNietInToekomst {

    public static final String CODE = "date-in-future";
    /** The clock skew tolerated, as the JWT leeway. */
    static final Duration SPELING = Duration.ofMinutes(5);

    private DatumNietInToekomst() {
    }

    public static Optional<InvalidParam> check(String field, OffsetDateTime value, OffsetDateTime now) {
        if (value == null || !value.isAfter(now.plus(SPELING))) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, CODE, "Deze datum mag niet in de toekomst zijn"));
    }
}
