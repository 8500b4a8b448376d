package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One kind of synchronisation job ({@code soort}): makes the other API match this one for the relation described by
 * the job's payload. It must be idempotent (a job can run twice: at least once, never lost), so it looks before it
 * writes. The seam the relay calls; a bean per soort.
 */
public interface Synchronisatie {

    String soort();

    /** Carries the job out; {@link Resultaat#gelukt()} removes it, anything else retries it later with backoff. */
    Resultaat voerUit(JsonNode payload);

    /**
     * The outcome of one attempt.
     *
     * @param gelukt       the other side now matches
     * @param onbereikbaar the other API did not answer or answered 5xx
     * @param fout         what went wrong, kept on the job as {@code last_error}
     */
    record Resultaat(boolean gelukt, boolean onbereikbaar, String fout) {

        public static Resultaat ok() {
            return new Resultaat(true, false, null);
        }

        public static Resultaat geweigerd(String fout) {
            return new Resultaat(false, false, fout);
        }

        public static Resultaat onbereikbaar(String fout) {
            return new Resultaat(false, true, fout);
        }
    }
}
