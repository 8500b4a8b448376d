package nl.zgw.zaken.service;

import nl.zgw.zaken.domain.Zaak;

/**
 * Hook for zaakinformatieobjecten (zrc-022): may the zaak's archiefstatus leave {@code nog_te_archiveren}, i.e. do
 * all its informatieobjecten have status {@code gearchiveerd}? Without a bean (no zaakinformatieobjecten) yes.
 */
public interface ZaakDocumentenArchief {

    boolean alleGearchiveerd(Zaak zaak);
}
