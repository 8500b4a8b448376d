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
}
