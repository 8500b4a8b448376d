package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.zaken.domain.Zaak;

import java.util.Optional;

/**
 * zrc-003/004: a document can only be related to (or its relation changed on) a zaak whose archiefstatus is still
 * {@code nog_te_archiveren}. Code as Open Zaak's ZaakArchiefStatusValidator, under nonFieldErrors.
 */
public final class ZaakNogTeArchiveren {

    public static final String CODE = "zaak-archiefstatus-invalid";
    public static final String NOG_TE_ARCHIVEREN = "nog_te_archiveren";

    private ZaakNogTeArchiveren() {
    }

    public static Optional<InvalidParam> check(Zaak zaak) {
        if (zaak == null || NOG_TE_ARCHIVEREN.equals(zaak.archiefstatus)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "De huidige zaak archiefstatus staat dit request niet toe."
                + " Archiefstatus moet gelijk zijn aan 'nog_te_archiveren'"));
    }
}
