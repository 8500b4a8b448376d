package nl.zgw.zaken.domain.archief;

import java.util.Arrays;
import java.util.Optional;

/** The nine ways of deriving the brondatum of the archiefprocedure (Catalogi: brondatumArchiefprocedure.afleidingswijze). */
public enum Afleidingswijze {
    AFGEHANDELD, ANDER_DATUMKENMERK, EIGENSCHAP, GERELATEERDE_ZAAK, HOOFDZAAK, INGANGSDATUM_BESLUIT, TERMIJN,
    VERVALDATUM_BESLUIT, ZAAKOBJECT;

    public String value() {
        return name().toLowerCase();
    }

    public static Optional<Afleidingswijze> of(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(a -> a.value().equals(value)).findFirst();
    }
}
