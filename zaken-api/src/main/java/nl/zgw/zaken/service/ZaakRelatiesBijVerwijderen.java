package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.Zaak;

/**
 * zrc-023: deleting a zaak removes its zaakinformatieobjecten, zaakcontactmomenten and zaakverzoeken (cascade) and
 * plans the removal of their mirrors in the Documenten, Contactmomenten and Verzoeken APIs.
 */
@ApplicationScoped
public class ZaakRelatiesBijVerwijderen implements ZaakVerwijdering {

    private final ZaakSpiegels spiegels;
    private final ZaakWijzigingen wijzigingen;

    public ZaakRelatiesBijVerwijderen(ZaakSpiegels spiegels, ZaakWijzigingen wijzigingen) {
        this.spiegels = spiegels;
        this.wijzigingen = wijzigingen;
    }

    @Override
    public void voorVerwijderen(Zaak zaak) {
        spiegels.zaakVerwijderd(zaak, wijzigingen.url(zaak));
    }
}
