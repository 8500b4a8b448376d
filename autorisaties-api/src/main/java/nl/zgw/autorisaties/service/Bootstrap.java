package nl.zgw.autorisaties.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.zgw.autorisaties.config.AcConfig;
import nl.zgw.autorisaties.domain.ApplicatieInvoer;
import nl.zgw.common.security.jwt.ConfiguredClients;
import nl.zgw.common.security.jwt.ZgwAuthConfig;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * At startup: the credentials and Applicaties configuration asks for.
 * <ul>
 * <li>{@code zgw.auth.clients=id:secret[:all],...}: the credential is created if absent (a secret rotated at runtime
 * is kept); {@code :all} also creates an Applicatie with heeftAlleAutorisaties if no Applicatie holds the id.</li>
 * <li>{@code zgw.ac.service-clients=id:secret,...} and this service's own {@code zgw.auth.service.*}: the services'
 * credentials, set from configuration (both sides read the same value), each with an Applicatie with
 * heeftAlleAutorisaties if no Applicatie holds the id (an operator may narrow it later; it is not recreated).</li>
 * </ul>
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final ZgwAuthConfig auth;
    private final AcConfig config;
    private final ClientCredentialService credentials;
    private final ApplicatieService applicaties;
    private final BaseUrl baseUrl;

    public Bootstrap(ZgwAuthConfig auth, AcConfig config, ClientCredentialService credentials,
                     ApplicatieService applicaties, BaseUrl baseUrl) {
        this.auth = auth;
        this.config = config;
        this.credentials = credentials;
        this.applicaties = applicaties;
        this.baseUrl = baseUrl;
    }

    void onStart(@Observes StartupEvent event) {
        run();
    }

    public void run() {
        ConfiguredClients clients = ConfiguredClients.parse(auth.clients());
        clients.secrets().forEach((id, secret) -> {
            credentials.ensure(id, secret, false);
            if (Boolean.TRUE.equals(clients.all().get(id))) {
                ensureApplicatie(id, id);
            }
        });
        serviceClients().forEach((id, secret) -> {
            credentials.ensure(id, secret, true);
            ensureApplicatie(id, "ZGW-service " + id);
        });
        LOG.infof("Bootstrap: %d client(s), %d service client(s)", clients.secrets().size(), serviceClients().size());
    }

    Map<String, String> serviceClients() {
        Map<String, String> result = new LinkedHashMap<>(
                ConfiguredClients.parse(config.serviceClients()).secrets());
        Optional<String> own = auth.service().secret();
        own.ifPresent(secret -> result.put(auth.service().clientId(), secret));
        return result;
    }

    private void ensureApplicatie(String clientId, String label) {
        if (applicaties.byClientId(clientId).isEmpty()) {
            applicaties.create(new ApplicatieInvoer(List.of(clientId), label, true, false, List.of()),
                    baseUrl::applicatie);
            LOG.infof("Bootstrap: Applicatie with heeftAlleAutorisaties created for client %s", clientId);
        }
    }
}
