package nl.zgw.besluiten.sync;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.zgw.common.sync.Spiegels;
import nl.zgw.common.sync.SynchronisatieHandler;

/** The handlers of this API's mirrors: zaakbesluiten (Zaken API), objectinformatieobjecten (Documenten API). */
@Dependent
public class SpiegelHandlers {

    @Produces
    @Singleton
    @Named(Zaakbesluiten.AANMAKEN)
    SynchronisatieHandler zaakbesluitAanmaken(Spiegels spiegels) {
        return SynchronisatieHandler.of(Zaakbesluiten.AANMAKEN, s -> spiegels.aanmaken(Zaakbesluiten.spiegel(s)));
    }

    @Produces
    @Singleton
    @Named(Zaakbesluiten.VERWIJDEREN)
    SynchronisatieHandler zaakbesluitVerwijderen(Spiegels spiegels) {
        return SynchronisatieHandler.of(Zaakbesluiten.VERWIJDEREN, s -> spiegels.verwijderen(Zaakbesluiten.spiegel(s)));
    }

    @Produces
    @Singleton
    @Named(Objectinformatieobjecten.AANMAKEN)
    SynchronisatieHandler objectinformatieobjectAanmaken(Spiegels spiegels) {
        return SynchronisatieHandler.of(Objectinformatieobjecten.AANMAKEN,
                s -> spiegels.aanmaken(Objectinformatieobjecten.spiegel(s)));
    }

    @Produces
    @Singleton
    @Named(Objectinformatieobjecten.VERWIJDEREN)
    SynchronisatieHandler objectinformatieobjectVerwijderen(Spiegels spiegels) {
        return SynchronisatieHandler.of(Objectinformatieobjecten.VERWIJDEREN,
                s -> spiegels.verwijderen(Objectinformatieobjecten.spiegel(s)));
    }
}
