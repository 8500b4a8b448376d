package nl.zgw.common.support;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import nl.zgw.common.events.KanaalDefinitie;

import java.util.List;

public class TestKanaal {

    public static final String NAAM = "things";

    @Produces
    @Singleton
    KanaalDefinitie things() {
        return new KanaalDefinitie(NAAM, "https://example.nl/docs/things", List.of("soort"));
    }
}
