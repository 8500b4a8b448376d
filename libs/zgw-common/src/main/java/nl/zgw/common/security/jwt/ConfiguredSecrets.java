package nl.zgw.common.security.jwt;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Secrets from configuration (plus this service's own credential), until a managed store replaces it. */
@DefaultBean
@ApplicationScoped
public class ConfiguredSecrets implements ClientSecrets {

    private final ConfiguredClients clients;
    private final ZgwAuthConfig config;

    public ConfiguredSecrets(ZgwAuthConfig config) {
        this.config = config;
        this.clients = ConfiguredClients.parse(config.clients());
    }

    @Override
    public Optional<String> secret(String clientId) {
        String s = clients.secrets().get(clientId);
        if (s == null && clientId.equals(config.service().clientId())) {
            return config.service().secret();
        }
        return Optional.ofNullable(s);
    }
}
