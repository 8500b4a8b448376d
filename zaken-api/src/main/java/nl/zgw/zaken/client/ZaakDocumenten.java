package nl.zgw.zaken.client;

import nl.zgw.zaken.domain.Zaak;

import java.util.List;

/**
 * The documents of a zaak as the Documenten API has them now: what closing a zaak checks (zrc-007: every related
 * informatieobject has indicatieGebruiksrecht set and is not locked).
 */
public interface ZaakDocumenten {

    /**
     * @param url                    the informatieobject
     * @param bereikbaar             false when the Documenten API did not answer it (then the other fields are unknown)
     * @param indicatieGebruiksrecht null when unset
     */
    record Document(String url, boolean bereikbaar, Boolean indicatieGebruiksrecht, boolean locked) {
    }

    /** The informatieobjecten of the zaak's zaakinformatieobjecten, each as the Documenten API answers it now. */
    List<Document> documenten(Zaak zaak);
}
