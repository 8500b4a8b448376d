package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

/**
 * ztc-009: a published (concept=false) zaaktype, informatieobjecttype or besluittype may not be replaced (PUT), only
 * have its {@code eindeGeldigheid} patched, and not be deleted; unless it is a correctie with scope
 * {@code catalogi.geforceerd-schrijven} (or {@code catalogi.geforceerd-verwijderen} for a delete).
 */
public final class Ztc009PublishedType {

    public static final String CODE = "non-concept-object";

    private Ztc009PublishedType() {
    }

    public static void checkChange(boolean concept, boolean onlyEindeGeldigheid, boolean geforceerdSchrijven) {
        if (!concept && !onlyEindeGeldigheid && !geforceerdSchrijven) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(CODE,
                    "Alleen concepten kunnen worden bijgewerkt; een correctie vereist de scope "
                            + "catalogi.geforceerd-schrijven.")));
        }
    }

    /** Whether a PATCH setting {@code velden} changes only {@code eindeGeldigheid}, which a published type may. */
    public static boolean onlyEindeGeldigheid(java.util.Set<String> velden) {
        return !velden.isEmpty() && velden.stream().allMatch("eindeGeldigheid"::equals);
    }

    public static void checkDelete(boolean concept, boolean geforceerdVerwijderen) {
        if (!concept && !geforceerdVerwijderen) {
            throw ZgwException.invalid(java.util.List.of(InvalidParam.nonField(CODE,
                    "Alleen concepten kunnen worden verwijderd.")));
        }
    }
}
