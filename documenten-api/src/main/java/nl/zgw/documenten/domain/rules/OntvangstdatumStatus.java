package nl.zgw.documenten.domain.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.zgw.common.problem.InvalidParam;

/** drc-005: a received document (ontvangstdatum set) cannot have status in_bewerking or ter_vaststelling. */
public final class OntvangstdatumStatus {

    public static final String CODE = "invalid_for_received";
    private static final Set<String> NIET_TOEGESTAAN = Set.of("in_bewerking", "ter_vaststelling");

    private OntvangstdatumStatus() {
    }

    public static Optional<InvalidParam> check(LocalDate ontvangstdatum, String status) {
        if (ontvangstdatum == null || status == null || !NIET_TOEGESTAAN.contains(status)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("status", CODE, "De statuswaarden `in_bewerking` en `ter_vaststelling`"
                + " zijn niet van toepassing op ontvangen informatieobjecten."));
    }
}
