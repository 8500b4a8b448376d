package nl.zgw.besluiten.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

/**
 * Kanaal {@code besluiten} (zgw-standard §6.4): main object besluit, kenmerken verantwoordelijkeOrganisatie and
 * besluittype, read from the besluit's representation. Besluitinformatieobjecten are notified on it too (create,
 * destroy) with the besluit as hoofdObject, as Open Zaak does.
 */
public class Kanalen {

    @Produces
    @Singleton
    @Named("besluiten")
    KanaalDefinitie besluiten() {
        return new KanaalDefinitie("besluiten", "https://vng-realisatie.github.io/gemma-zaken/standaard/besluiten/",
                List.of("verantwoordelijkeOrganisatie", "besluittype"));
    }
}
