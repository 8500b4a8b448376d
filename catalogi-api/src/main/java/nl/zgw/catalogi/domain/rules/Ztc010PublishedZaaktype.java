package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

/**
 * ztc-010: a roltype, statustype, eigenschap, zaaktype-informatieobjecttype, resultaattype or zaakobjecttype of a
 * published zaaktype may not be created, replaced or patched (except as a correctie with
 * {@code catalogi.geforceerd-schrijven}) nor deleted (except with {@code catalogi.geforceerd-verwijderen}).
 */
public final class Ztc010PublishedZaaktype {

    public static final String CODE = "non-concept-zaaktype";

    private Ztc010PublishedZaaktype() {
    }

    public static void checkChange(boolean zaaktypeConcept, boolean geforceerdSchrijven) {
        if (!zaaktypeConcept && !geforceerdSchrijven) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(CODE,
                    "Het zaaktype is gepubliceerd; wijzigen kan alleen als correctie met de scope "
                            + "catalogi.geforceerd-schrijven.")));
        }
    }

    public static void checkDelete(boolean zaaktypeConcept, boolean geforceerdVerwijderen) {
        if (!zaaktypeConcept && !geforceerdVerwijderen) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(CODE,
                    "Het zaaktype is gepubliceerd; onderdelen ervan kunnen niet verwijderd worden.")));
        }
    }
}
