package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Objects;
import java.util.Optional;

/**
 * A field that may not change on update (resultaat.resultaattype and zaak; zaakeigenschap.eigenschap and zaak):
 * {@value #CODE} on the field, as Open Zaak answers for an immutable field.
 */
public final class Onveranderlijk {
    public static final String CODE = "wijzigen-niet-toegelaten";

    private Onveranderlijk() {
    }

    public static Optional<InvalidParam> check(String veld, String huidig, String nieuw) {
        if (huidig == null || Objects.equals(huidig, nieuw)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(veld, CODE, "Dit veld mag niet gewijzigd worden."));
    }
}
