package nl.zgw.catalogi.api;

import java.time.LocalDate;

/** What the body of every versioned top type has: its catalogus, geldigheid and the name its versions share. */
public interface VersionedTypeRequest {

    String catalogus();

    LocalDate beginGeldigheid();

    LocalDate eindeGeldigheid();

    /** identificatie of a zaaktype, omschrijving of an informatieobjecttype or besluittype. */
    String naam();
}
