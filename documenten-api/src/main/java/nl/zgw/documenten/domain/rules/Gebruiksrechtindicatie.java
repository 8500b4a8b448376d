package nl.zgw.documenten.domain.rules;

import java.util.Optional;
import nl.zgw.common.problem.InvalidParam;

/** drc-006: indicatieGebruiksrecht true comes only from gebruiksrechten (code {@code missing-gebruiksrechten}). */
public final class Gebruiksrechtindicatie {

    public static final String CODE = "missing-gebruiksrechten";

    private Gebruiksrechtindicatie() {
    }

    public static Optional<InvalidParam> check(Boolean indicatie, boolean heeftGebruiksrechten) {
        if (Boolean.TRUE.equals(indicatie) && !heeftGebruiksrechten) {
            return Optional.of(new InvalidParam("indicatieGebruiksrecht", CODE, "De indicatie moet op 'ja' gezet"
                    + " worden door `gebruiksrechten` aan te maken."));
        }
        return Optional.empty();
    }
}
