package nl.zgw.zaken.domain.archief;

/**
 * The resultaattype's brondatumArchiefprocedure as the Catalogi API gives it (only what zrc-021 reads).
 *
 * @param procestermijn ISO-8601 period, used by {@code termijn}
 */
public record BrondatumArchiefprocedure(String afleidingswijze, String datumkenmerk, Boolean einddatumBekend,
                                        String objecttype, String registratie, String procestermijn) {
}
