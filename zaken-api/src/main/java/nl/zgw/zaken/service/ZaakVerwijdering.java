package nl.zgw.zaken.service;

import nl.zgw.zaken.domain.Zaak;

/**
 * Hook for the sub-resources (zrc-023): called in the delete's transaction, for the zaak and each of its deelzaken,
 * before the rows go. Tables with {@code zaak_id ... REFERENCES zaak (id) ON DELETE CASCADE} need nothing; a
 * sub-resource with a mirror elsewhere (the OIO in the Documenten API) schedules its remote cleanup here.
 */
public interface ZaakVerwijdering {

    void voorVerwijderen(Zaak zaak);
}
