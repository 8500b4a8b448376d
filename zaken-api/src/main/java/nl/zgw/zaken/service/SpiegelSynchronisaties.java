package nl.zgw.zaken.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.zgw.common.sync.SynchronisatieHandler;
import nl.zgw.zaken.client.Documenten;
import nl.zgw.zaken.client.Klantinteracties;
import nl.zgw.zaken.domain.ZaakContactmoment;
import nl.zgw.zaken.domain.ZaakVerzoek;
import nl.zgw.zaken.persistence.ZaakExterneRelatieRepository;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The handlers of the plans {@link ZaakSpiegels} makes, run after commit by zgw-common's synchronisation relay. A
 * create whose relation is gone by now (deleted before the mirror could be made) is done at once: the delete planned
 * after it has nothing to remove then, or removes what an earlier attempt made.
 */
@Dependent
public class SpiegelSynchronisaties {

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OIO_AANMAKEN)
    SynchronisatieHandler oioAanmaken(Documenten documenten, ZaakInformatieObjectRepository relaties) {
        return aanmaken(ZaakSpiegels.OIO_AANMAKEN, relaties::exists, documenten::objectinformatieobjectAanmaken);
    }

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OIO_VERWIJDEREN)
    SynchronisatieHandler oioVerwijderen(Documenten documenten) {
        return verwijderen(ZaakSpiegels.OIO_VERWIJDEREN, documenten::objectinformatieobjectenVerwijderen);
    }

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OCM_AANMAKEN)
    SynchronisatieHandler ocmAanmaken(Klantinteracties klantinteracties, ZaakExterneRelatieRepository relaties) {
        return aanmaken(ZaakSpiegels.OCM_AANMAKEN, uuid -> relaties.exists(ZaakContactmoment.class, uuid),
                klantinteracties::objectcontactmomentAanmaken);
    }

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OCM_VERWIJDEREN)
    SynchronisatieHandler ocmVerwijderen(Klantinteracties klantinteracties) {
        return verwijderen(ZaakSpiegels.OCM_VERWIJDEREN, klantinteracties::objectcontactmomentenVerwijderen);
    }

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OV_AANMAKEN)
    SynchronisatieHandler ovAanmaken(Klantinteracties klantinteracties, ZaakExterneRelatieRepository relaties) {
        return aanmaken(ZaakSpiegels.OV_AANMAKEN, uuid -> relaties.exists(ZaakVerzoek.class, uuid),
                klantinteracties::objectverzoekAanmaken);
    }

    @Produces
    @Singleton
    @Named(ZaakSpiegels.OV_VERWIJDEREN)
    SynchronisatieHandler ovVerwijderen(Klantinteracties klantinteracties) {
        return verwijderen(ZaakSpiegels.OV_VERWIJDEREN, klantinteracties::objectverzoekenVerwijderen);
    }

    private static SynchronisatieHandler aanmaken(String soort, Predicate<UUID> bestaat,
                                                  BiConsumer<String, String> spiegel) {
        return SynchronisatieHandler.of(soort, s -> {
            UUID relatie = UUID.fromString(s.gegevens().path("relatie").asText());
            if (QuarkusTransaction.requiringNew().call(() -> bestaat.test(relatie))) {
                spiegel.accept(s.gegevens().path("doel").asText(), s.gegevens().path("zaak").asText());
            }
        });
    }

    private static SynchronisatieHandler verwijderen(String soort, BiConsumer<String, String> spiegel) {
        return SynchronisatieHandler.of(soort,
                s -> spiegel.accept(s.gegevens().path("doel").asText(), s.gegevens().path("zaak").asText()));
    }
}
