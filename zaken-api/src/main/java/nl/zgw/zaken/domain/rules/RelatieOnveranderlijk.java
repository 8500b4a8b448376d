package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Objects;
import java.util.Optional;

/**
 * zrc-004: on update only the data of a relation may change, not what it relates ({@code zaak}, {@code informatieobject}
 * of a zaakinformatieobject). Code as vng-api-common's IsImmutableValidator, on the field.
 */
public final class RelatieOnveranderlijk {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private RelatieOnveranderlijk() {
    }

    public static Optional<InvalidParam> check(String field, String huidig, String gevraagd) {
        if (Objects.equals(huidig, gevraagd)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, CODE, "Dit veld mag niet gewijzigd worden."));
    }
}
