package nl.zgw.zaken.domain;

import java.util.List;

/** The betrokkeneType of a rol (OAS BetrokkeneTypeEnum), also the betrokkene kinds of a zaakobject. */
public final class BetrokkeneType {

    public static final String NATUURLIJK_PERSOON = "natuurlijk_persoon";
    public static final String NIET_NATUURLIJK_PERSOON = "niet_natuurlijk_persoon";
    public static final String VESTIGING = "vestiging";
    public static final String ORGANISATORISCHE_EENHEID = "organisatorische_eenheid";
    public static final String MEDEWERKER = "medewerker";

    public static final List<String> ALL = List.of(NATUURLIJK_PERSOON, NIET_NATUURLIJK_PERSOON, VESTIGING,
            ORGANISATORISCHE_EENHEID, MEDEWERKER);

    private BetrokkeneType() {
    }
}
