package nl.zgw.common.testfixtures;

import io.quarkus.arc.Unremovable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.AutorisatieSource;
import nl.zgw.common.security.jwt.ClientSecrets;
import nl.zgw.common.security.autorisaties.ConfiguredAutorisaties;
import nl.zgw.common.security.jwt.ConfiguredSecrets;
import nl.zgw.common.security.jwt.ZgwAuthConfig;
import nl.zgw.testing.TestTokens;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test fixture of every service (the counterpart of Open Zaak's JWTAuthMixin): declare a client with scopes,
 * types and max vertrouwelijkheid, and get its {@code Authorization} header.
 * <pre>
 * String auth = TestAutorisaties.client("lezer").scopes("ztc", "catalogi.lezen").bearer();
 * String auth = TestAutorisaties.client("zaak-lezer")
 *         .zaaktype(zaaktypeUrl, Vertrouwelijkheidaanduiding.INTERN, "zaken.lezen").bearer();
 * String auth = TestAutorisaties.superuser("admin").bearer();
 * </pre>
 * Clients not declared here fall back to the service's configured clients. A change is seen on the next request.
 * Ships in zgw-common's test-jar; a module that tests against the real Autorisaties API leaves that jar out.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
@Unremovable
public class TestAutorisaties implements AutorisatieSource, ClientSecrets {

    static final Map<String, Applicatie> APPLICATIES = new ConcurrentHashMap<>();
    static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private final ConfiguredSecrets configuredSecrets;
    private final ConfiguredAutorisaties configuredAutorisaties;

    public TestAutorisaties(ZgwAuthConfig config) {
        this.configuredSecrets = new ConfiguredSecrets(config);
        this.configuredAutorisaties = new ConfiguredAutorisaties(config);
    }

    /** Starts declaring (or re-declaring) a client; nothing is granted until {@code bearer()}/{@code register()}. */
    public static TestClient client(String clientId) {
        return new TestClient(clientId);
    }

    /** A client with {@code heeftAlleAutorisaties}. */
    public static TestClient superuser(String clientId) {
        return new TestClient(clientId).heeftAlleAutorisaties();
    }

    /** Forgets the client's Applicatie (its credential stays, as when an Applicatie is deleted). */
    public static void revoke(String clientId) {
        APPLICATIES.remove(clientId);
    }

    /** A fresh {@code Authorization} header for a client registered here. */
    public static String bearer(String clientId) {
        String secret = SECRETS.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("Register the client first: " + clientId);
        }
        return TestTokens.client(clientId).secret(secret).bearer();
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        Applicatie app = APPLICATIES.get(clientId);
        return app != null ? Optional.of(app) : configuredAutorisaties.applicatie(clientId);
    }

    @Override
    public Optional<String> secret(String clientId) {
        String secret = SECRETS.get(clientId);
        return secret != null ? Optional.of(secret) : configuredSecrets.secret(clientId);
    }
}
