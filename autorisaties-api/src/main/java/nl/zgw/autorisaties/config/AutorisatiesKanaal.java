package nl.zgw.autorisaties.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

/** Kanaal {@code autorisaties}: main resource applicatie, no kenmerken; create, update, partial_update, destroy. */
public class AutorisatiesKanaal {

    public static final String NAAM = "autorisaties";

    @Produces
    @Singleton
    KanaalDefinitie kanaal() {
        return new KanaalDefinitie(NAAM,
                "https://vng-realisatie.github.io/gemma-zaken/standaard/autorisaties/index", List.of());
    }
}
