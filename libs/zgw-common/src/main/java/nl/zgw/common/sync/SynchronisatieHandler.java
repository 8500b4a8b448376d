package nl.zgw.common.sync;

/**
 * Carries out the synchronisations of one {@link #soort()} (a bean; {@link SynchronisatieRelay} finds it). It runs
 * after the planning transaction committed, outside any transaction, possibly more than once for the same row (a relay
 * killed after the other side answered, a lease that ran out): it must be idempotent, e.g. look before it creates.
 * Returning normally means done (the row is deleted); any exception means "not yet" (the row is tried again later,
 * its message kept as {@code last_error}).
 */
public interface SynchronisatieHandler {

    String soort();

    void uitvoeren(Synchronisatie synchronisatie) throws Exception;

    /** What a handler does with one synchronisation. */
    @FunctionalInterface
    interface Uitvoering {
        void uitvoeren(Synchronisatie synchronisatie) throws Exception;
    }

    /** A handler of {@code soort} that does {@code uitvoering} (for a producer method). */
    static SynchronisatieHandler of(String soort, Uitvoering uitvoering) {
        return new SynchronisatieHandler() {
            @Override
            public String soort() {
                return soort;
            }

            @Override
            public void uitvoeren(Synchronisatie synchronisatie) throws Exception {
                uitvoering.uitvoeren(synchronisatie);
            }
        };
    }
}
