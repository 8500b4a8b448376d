package nl.zgw.autorisaties.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.common.security.Applicatie;
import nl.zgw.common.security.Autorisatie;
import nl.zgw.common.security.AutorisatieSource;
import nl.zgw.common.security.ClientSecrets;
import nl.zgw.common.security.Vertrouwelijkheidaanduiding;

import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Inside the Autorisaties API its own database is the source: the Applicatie and secret of a client are read on
 * every request, so a change is seen on the very next one. Wins over zgw-common's remote/configured source.
 */
@Alternative
@Priority(10)
@ApplicationScoped
public class DatabaseAutorisaties implements AutorisatieSource, ClientSecrets {

    private final ApplicatieService applicaties;
    private final ClientCredentialService credentials;

    public DatabaseAutorisaties(ApplicatieService applicaties, ClientCredentialService credentials) {
        this.applicaties = applicaties;
        this.credentials = credentials;
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        return applicaties.byClientId(clientId).map(DatabaseAutorisaties::toModel);
    }

    @Override
    public Optional<String> secret(String clientId) {
        return credentials.secret(clientId);
    }

    public static Applicatie toModel(ApplicatieGegevens g) {
        return new Applicatie(new LinkedHashSet<>(g.clientIds()), g.label(), g.heeftAlleAutorisaties(),
                g.autorisaties().stream().map(DatabaseAutorisaties::toModel).toList(),
                g.alleenIsGereedVoorPublicatie());
    }

    private static Autorisatie toModel(AutorisatieGegevens a) {
        String type = a.type();
        return new Autorisatie(a.component().code(), new LinkedHashSet<>(a.scopes()),
                a.component().code().equals("zrc") ? type : null,
                a.component().code().equals("drc") ? type : null,
                a.component().code().equals("brc") ? type : null,
                a.maxVertrouwelijkheidaanduiding() == null ? null
                        : Vertrouwelijkheidaanduiding.of(a.maxVertrouwelijkheidaanduiding()));
    }
}
