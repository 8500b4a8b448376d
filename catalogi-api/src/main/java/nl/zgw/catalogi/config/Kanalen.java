package nl.zgw.catalogi.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

/**
 * The kanalen of the Catalogi API (catalogi-api-1.3.1.notificaties.md), each with kenmerk {@code catalogus}
 * (declared here as the filter, read from the main object by {@code Wijzigingen}).
 * Acties sent: create, update, partial_update, destroy and publish on the main resource; the types of a zaaktype
 * (statustype, roltype, ...) are notified on {@code zaaktypen} with the zaaktype as hoofdObject.
 */
public class Kanalen {

    private static final String DOCS = "https://vng-realisatie.github.io/gemma-zaken/standaard/catalogi/";

    @Produces
    @Singleton
    @Named("zaaktypen")
    KanaalDefinitie zaaktypen() {
        return new KanaalDefinitie("zaaktypen", DOCS, List.of("catalogus"));
    }

    @Produces
    @Singleton
    @Named("informatieobjecttypen")
    KanaalDefinitie informatieobjecttypen() {
        return new KanaalDefinitie("informatieobjecttypen", DOCS, List.of("catalogus"));
    }

    @Produces
    @Singleton
    @Named("besluittypen")
    KanaalDefinitie besluittypen() {
        return new KanaalDefinitie("besluittypen", DOCS, List.of("catalogus"));
    }
}
