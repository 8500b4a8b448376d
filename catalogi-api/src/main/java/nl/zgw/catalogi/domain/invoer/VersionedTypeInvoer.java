package nl.zgw.catalogi.domain.invoer;

import java.time.LocalDate;

/** What every versioned top type to store has: its catalogus, geldigheid and the name its versions share. */
public interface VersionedTypeInvoer {

    String catalogus();

    LocalDate beginGeldigheid();

    LocalDate eindeGeldigheid();

    /** identificatie of a zaaktype, omschrijving of an informatieobjecttype or besluittype. */
    String naam();
}
