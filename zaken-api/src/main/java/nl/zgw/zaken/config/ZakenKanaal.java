package nl.zgw.zaken.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

/**
 * Kanaal {@code zaken} (zgw-standard §3.4): main resource zaak, kenmerken bronorganisatie, zaaktype and
 * vertrouwelijkheidaanduiding, read by name from the zaak (the hoofdObject of every sub-resource's notification).
 */
public class ZakenKanaal {

    public static final String NAAM = "zaken";
    public static final List<String> KENMERKEN = List.of("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding");

    @Produces
    @Singleton
    @Named(NAAM)
    KanaalDefinitie zaken() {
        return new KanaalDefinitie(NAAM, "https://vng-realisatie.github.io/gemma-zaken/standaard/zaken/", KENMERKEN);
    }
}
