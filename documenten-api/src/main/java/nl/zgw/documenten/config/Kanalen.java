package nl.zgw.documenten.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import nl.zgw.common.events.KanaalDefinitie;

/** The kanaal this service publishes on (standard §4.4). */
public class Kanalen {

    public static final String DOCUMENTEN = "documenten";

    @Produces
    @Singleton
    @Named(DOCUMENTEN)
    KanaalDefinitie documenten() {
        return new KanaalDefinitie(DOCUMENTEN, "https://vng-realisatie.github.io/gemma-zaken/standaard/documenten/",
                List.of("bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"));
    }
}
