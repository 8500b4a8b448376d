package nl.zgw.autorisaties.service;

import nl.zgw.common.security.autorisaties.Component;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisatie;
import nl.zgw.common.security.autorisaties.AutorisatieSource;
import nl.zgw.common.security.jwt.ClientSecrets;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Inside the Autorisaties API its own database is the source: the Applicatie and secret of a client, through the
 * revision-checked {@link AutorisatieCache}, so a change is seen on the very next request. Wins over zgw-common's
 * remote/configured source.
 */
@Alternative
@Priority(10)
@ApplicationScoped
public class DatabaseAutorisaties implements AutorisatieSource, ClientSecrets {

    private final AutorisatieCache cache;

    public DatabaseAutorisaties(AutorisatieCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        return cache.applicatie(clientId).map(DatabaseAutorisaties::toModel);
    }

    @Override
    public Optional<String> secret(String clientId) {
        return cache.secret(clientId);
    }

    public static Applicatie toModel(ApplicatieGegevens g) {
        return new Applicatie(new LinkedHashSet<>(g.clientIds()), g.label(), g.heeftAlleAutorisaties(),
                g.autorisaties().stream().map(DatabaseAutorisaties::toModel).toList(),
                g.alleenIsGereedVoorPublicatie());
    }

    private static Autorisatie toModel(AutorisatieGegevens a) {
        String type = a.type();
        return new Autorisatie(a.component().code(), new LinkedHashSet<>(a.scopes()),
                a.component() == Component.ZRC ? type : null,
                a.component().code().equals("drc") ? type : null,
                a.component().code().equals("brc") ? type : null,
                a.maxVertrouwelijkheidaanduiding() == null ? null
                        : Vertrouwelijkheidaanduiding.of(a.maxVertrouwelijkheidaanduiding()));
    }
}
