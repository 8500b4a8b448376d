package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Objects;
import java.util.Optional;

/** A field that may not change on update (zaak, roltype of a rol; zaak, object, objectType of a zaakobject). */
public final class NietWijzigbaar {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private NietWijzigbaar() {
    }

    public static Optional<InvalidParam> check(String field, Object huidig, Object nieuw) {
        if (Objects.equals(huidig, nieuw)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, CODE, "Dit veld mag niet gewijzigd worden."));
    }
}
