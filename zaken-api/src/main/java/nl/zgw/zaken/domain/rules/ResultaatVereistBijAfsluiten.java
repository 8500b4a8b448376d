package nl.zgw.zaken.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/** zrc-007: a zaak is closed (eindstatus) only when it has a resultaat (ref impl: resultaat-does-not-exist). */
public final class ResultaatVereistBijAfsluiten {
    public static final String CODE = "resultaat-does-not-exist";

    private ResultaatVereistBijAfsluiten() {
    }

    public static Optional<InvalidParam> check(boolean heeftResultaat) {
        return heeftResultaat ? Optional.empty() : Optional.of(InvalidParam.nonField(CODE,
                "De zaak heeft geen resultaat; een zaak wordt pas afgesloten met een resultaat."));
    }
}
