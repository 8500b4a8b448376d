package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.validation.ValidationErrors;

import java.util.Optional;

/**
 * A part of a zaak (rol, zaakobject, ...) may only be written while the zaak's archiefstatus is
 * {@code nog_te_archiveren} (Open Zaak: zaak-archiefstatus-invalid).
 */
public final class ZaakArchiefstatusToegestaan {

    public static final String CODE = "zaak-archiefstatus-invalid";

    private ZaakArchiefstatusToegestaan() {
    }

    public static Optional<InvalidParam> check(String archiefstatus) {
        if (archiefstatus == null || archiefstatus.isEmpty() || archiefstatus.equals("nog_te_archiveren")) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "De huidige zaak archiefstatus staat dit request niet toe. "
                + "Archiefstatus moet gelijk zijn aan 'nog_te_archiveren'"));
    }

    /** The check alone, as the delete of a part runs it: a 400 with this error. */
    public static void vereist(String archiefstatus) {
        ValidationErrors errors = new ValidationErrors();
        check(archiefstatus).ifPresent(errors::add);
        errors.throwIfAny();
    }
}
