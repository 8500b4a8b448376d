package nl.zgw.besluiten.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.List;
import java.util.Optional;

/** brc-007: a besluit of a zaak has a besluittype listed in {@code zaak.zaaktype.besluittypen}. */
public final class Brc007BesluittypeVanZaaktype {

    public static final String CODE = "zaaktype-mismatch";

    private Brc007BesluittypeVanZaaktype() {
    }

    public static Optional<InvalidParam> check(String besluittype, List<String> besluittypenVanZaaktype) {
        if (besluittypenVanZaaktype != null && besluittypenVanZaaktype.contains(besluittype)) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE,
                "Het besluittype van het besluit hoort niet bij het zaaktype van de zaak."));
    }
}
