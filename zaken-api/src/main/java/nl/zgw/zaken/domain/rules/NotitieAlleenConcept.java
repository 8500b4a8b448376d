package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/** A zaaknotitie can only be changed while its status is {@code concept} (as Open Zaak: invalid on status). */
public final class NotitieAlleenConcept {

    public static final String CODE = "invalid";

    private NotitieAlleenConcept() {
    }

    public static Optional<InvalidParam> check(String huidigeStatus) {
        if ("concept".equals(huidigeStatus)) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam("status", CODE, "Notitie can only be modified when status is `concept`."));
    }
}
