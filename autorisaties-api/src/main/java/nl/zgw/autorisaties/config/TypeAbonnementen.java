package nl.zgw.autorisaties.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.zgw.autorisaties.service.ApplicatieService;
import nl.zgw.autorisaties.service.BaseUrl;
import nl.zgw.autorisaties.service.TypeVerwijderd;
import nl.zgw.common.events.NotificatieHandler;
import nl.zgw.common.security.autorisaties.Component;

/**
 * The kanalen this service subscribes to (without filters), through the library's abonnement and callback: the
 * Catalogi's type kanalen, so a deleted type loses the autorisaties of the component that uses it.
 */
public class TypeAbonnementen {

    @Produces
    @Singleton
    @Named("zaaktypen-verwijderd")
    NotificatieHandler zaaktypen(ApplicatieService applicaties, BaseUrl baseUrl) {
        return new TypeVerwijderd("zaaktypen", "zaaktype", Component.ZRC, applicaties, baseUrl);
    }

    @Produces
    @Singleton
    @Named("informatieobjecttypen-verwijderd")
    NotificatieHandler informatieobjecttypen(ApplicatieService applicaties, BaseUrl baseUrl) {
        return new TypeVerwijderd("informatieobjecttypen", "informatieobjecttype", Component.DRC, applicaties, baseUrl);
    }

    @Produces
    @Singleton
    @Named("besluittypen-verwijderd")
    NotificatieHandler besluittypen(ApplicatieService applicaties, BaseUrl baseUrl) {
        return new TypeVerwijderd("besluittypen", "besluittype", Component.BRC, applicaties, baseUrl);
    }
}
