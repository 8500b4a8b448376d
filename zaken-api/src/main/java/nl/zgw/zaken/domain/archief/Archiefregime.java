package nl.zgw.zaken.domain.archief;

/**
 * What a resultaattype says about archiving (zrc-021): its archiefnominatie, its archiefactietermijn (ISO-8601 period)
 * and how the brondatum is derived. {@code procestermijn} is the resultaattype's own procestermijn, used for
 * {@code termijn} when the brondatumArchiefprocedure has none.
 */
public record Archiefregime(String archiefnominatie, String archiefactietermijn, String procestermijn,
                            BrondatumArchiefprocedure brondatumArchiefprocedure) {
}
