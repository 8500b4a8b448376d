package nl.zgw.catalogi.domain.rules;

import java.time.LocalDate;

/**
 * The 1.3 history model: a new published version starts the day after its predecessor ends. When a version is
 * published, the published version valid before it gets {@code eindeGeldigheid = new beginGeldigheid - 1 day}
 * (catalogi-api 1.3.3 "Concepten"), so that ztc-016 holds.
 */
public final class Versions {

    private Versions() {
    }

    /** The new eindeGeldigheid of a published predecessor, or null when it needs no change. */
    public static LocalDate endOfPredecessor(LocalDate predecessorBegin, LocalDate predecessorEinde, LocalDate newBegin) {
        if (!predecessorBegin.isBefore(newBegin)) {
            return null;
        }
        LocalDate end = newBegin.minusDays(1);
        return predecessorEinde == null || predecessorEinde.isAfter(end) ? end : null;
    }
}
