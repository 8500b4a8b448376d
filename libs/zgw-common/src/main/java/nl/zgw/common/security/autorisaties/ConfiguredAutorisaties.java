package nl.zgw.common.security.autorisaties;

import nl.zgw.common.security.jwt.ConfiguredClients;
import nl.zgw.common.security.jwt.ZgwAuthConfig;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The Foundation's source: configured clients marked {@code all} may do everything; others nothing. */
@DefaultBean
@ApplicationScoped
public class ConfiguredAutorisaties implements AutorisatieSource {

    private final ConfiguredClients clients;

    public ConfiguredAutorisaties(ZgwAuthConfig config) {
        this.clients = ConfiguredClients.parse(config.clients());
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        Boolean all = clients.all().get(clientId);
        if (all == null) {
            return Optional.empty();
        }
        return Optional.of(all ? Applicatie.all(clientId)
                : new Applicatie(java.util.Set.of(clientId), clientId, false, java.util.List.of()));
    }
}
