package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Objects;
import java.util.Optional;

/**
 * A field that may not change on PUT/PATCH: besluittype (brc-001), identificatie and verantwoordelijkeOrganisatie
 * (brc-002), zaak (brc-006). Code as vng-api-common's IsImmutableValidator.
 */
public final class Onveranderlijk {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private Onveranderlijk() {
    }

    public static Optional<InvalidParam> check(String field, Object huidig, Object nieuw) {
        if (Objects.equals(huidig, nieuw)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(field, CODE, "Dit veld mag niet gewijzigd worden."));
    }
}
