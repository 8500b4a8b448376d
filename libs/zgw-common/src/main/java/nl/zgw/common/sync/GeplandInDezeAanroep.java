package nl.zgw.common.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The sleutels whose synchronisations committed during the current {@link SynchronisatiesVoorAntwoord} call on this
 * thread. Outside such a call nothing is collected and the relay is woken instead.
 */
final class GeplandInDezeAanroep {

    private static final ThreadLocal<List<String>> SLEUTELS = new ThreadLocal<>();

    private GeplandInDezeAanroep() {
    }

    /** Starts collecting; false when an outer call already collects. */
    static boolean begin() {
        if (SLEUTELS.get() != null) {
            return false;
        }
        SLEUTELS.set(new ArrayList<>());
        return true;
    }

    /** Whether a {@link SynchronisatiesVoorAntwoord} call collects on this thread. */
    static boolean actief() {
        return SLEUTELS.get() != null;
    }

    /** Takes a committed sleutel; false when no call collects (then the caller wakes the relay). */
    static boolean neem(String sleutel) {
        List<String> sleutels = SLEUTELS.get();
        if (sleutels == null) {
            return false;
        }
        if (!sleutels.contains(sleutel)) {
            sleutels.add(sleutel);
        }
        return true;
    }

    /** Stops collecting and answers what was collected. */
    static List<String> einde() {
        List<String> sleutels = SLEUTELS.get();
        SLEUTELS.remove();
        return sleutels == null ? List.of() : sleutels;
    }
}
