package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;

/**
 * ztc-016: published versions of a zaaktype (same identificatie) may not overlap; applied alike to the versions of
 * an informatieobjecttype or besluittype (same omschrijving), which the history model gives the same periods. A period runs from
 * beginGeldigheid through eindeGeldigheid; an empty eindeGeldigheid is the highest possible date.
 */
public final class Ztc016NoOverlap {

    public static final String CODE = "overlap";

    private Ztc016NoOverlap() {
    }

    public static boolean overlaps(LocalDate begin1, LocalDate einde1, LocalDate begin2, LocalDate einde2) {
        LocalDate e1 = einde1 == null ? LocalDate.MAX : einde1;
        LocalDate e2 = einde2 == null ? LocalDate.MAX : einde2;
        return !begin1.isAfter(e2) && !begin2.isAfter(e1);
    }

    public static ZgwException violation(String naam) {
        return ZgwException.invalid(java.util.List.of(error(naam)));
    }

    public static InvalidParam error(String naam) {
        return new InvalidParam("beginGeldigheid", CODE, "Er bestaat al een gepubliceerde versie van '"
                + naam + "' met een overlappende geldigheidsperiode.");
    }
}
