package nl.zgw.bench.nrc;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

public class Kanalen {

    public static final String KANAAL = "bench-zaaktypen";

    @Produces
    @Singleton // a record cannot be a normal-scoped (@ApplicationScoped) bean
    KanaalDefinitie zaaktypen() {
        return new KanaalDefinitie(KANAAL, "https://example.nl/bench/kanalen", List.of("catalogus"));
    }
}
