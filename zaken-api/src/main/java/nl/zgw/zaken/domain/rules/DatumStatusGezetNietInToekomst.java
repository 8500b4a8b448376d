package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Status.datumStatusGezet may not be in the future (Open Zaak: date-in-future on datumStatusGezet). */
public final class DatumStatusGezetNietInToekomst {
    public static final String CODE = "date-in-future";

    private DatumStatusGezetNietInToekomst() {
    }

    public static Optional<InvalidParam> check(OffsetDateTime datumStatusGezet, OffsetDateTime nu) {
        if (datumStatusGezet == null || !datumStatusGezet.isAfter(nu)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("datumStatusGezet", CODE, "Deze datum mag niet in de toekomst zijn"));
    }
}
