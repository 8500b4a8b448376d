package nl.zgw.autorisaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.autorisaties.domain.ClientCredential;
import nl.zgw.autorisaties.persistence.ClientCredentialRepository;
import nl.zgw.autorisaties.persistence.RevisieRepository;
import nl.zgw.common.problem.ZgwException;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Client credentials (client id → HS256 secret), apart from the Applicaties. A secret is returned only by the call
 * that sets it; reads give metadata only.
 */
@ApplicationScoped
public class ClientCredentialService {

    /** What may be shown of a credential. */
    public record CredentialInfo(String clientId, OffsetDateTime aangemaakt, OffsetDateTime gewijzigd) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientCredentialRepository repository;
    private final RevisieRepository revisie;
    private final ApplicatieService applicaties;
    private final BaseUrl baseUrl;

    public ClientCredentialService(ClientCredentialRepository repository, RevisieRepository revisie,
                                   ApplicatieService applicaties, BaseUrl baseUrl) {
        this.repository = repository;
        this.revisie = revisie;
        this.applicaties = applicaties;
        this.baseUrl = baseUrl;
    }

    @Transactional
    public Optional<String> secret(String clientId) {
        return repository.findByIdOptional(clientId).map(c -> c.secret);
    }

    @Transactional
    public List<CredentialInfo> list() {
        return repository.listAll(io.quarkus.panache.common.Sort.by("clientId")).stream().map(this::info).toList();
    }

    @Transactional
    public CredentialInfo get(String clientId) {
        return repository.findByIdOptional(clientId).map(this::info).orElseThrow(ZgwException::notFound);
    }

    /** Creates a credential; {@code secret} null generates one. Returns the secret (shown once). */
    @Transactional
    public String create(String clientId, String secret) {
        if (repository.findByIdOptional(clientId).isPresent()) {
            throw ZgwException.invalid("clientId", "unique", "Er bestaat al een credential voor deze clientId.");
        }
        ClientCredential c = new ClientCredential();
        c.clientId = clientId;
        c.secret = secret != null ? secret : generate();
        c.aangemaakt = OffsetDateTime.now(ZoneOffset.UTC);
        c.gewijzigd = c.aangemaakt;
        repository.persist(c);
        revisie.bump();
        return c.secret;
    }

    /** Sets a new secret (generated when null); the old one stops working on the next request. */
    @Transactional
    public String rotate(String clientId, String secret) {
        ClientCredential c = repository.findByIdOptional(clientId).orElseThrow(ZgwException::notFound);
        c.secret = secret != null ? secret : generate();
        c.gewijzigd = OffsetDateTime.now(ZoneOffset.UTC);
        revisie.bump();
        applicaties.credentialGewijzigd(clientId, baseUrl::applicatie);
        return c.secret;
    }

    @Transactional
    public void delete(String clientId) {
        if (!repository.deleteById(clientId)) {
            throw ZgwException.notFound();
        }
        revisie.bump();
        applicaties.credentialGewijzigd(clientId, baseUrl::applicatie);
    }

    /** Bootstrap: create when absent, or (for service credentials, whose source of truth is configuration) set. */
    @Transactional
    public void ensure(String clientId, String secret, boolean overwrite) {
        Optional<ClientCredential> existing = repository.findByIdOptional(clientId);
        if (existing.isEmpty()) {
            create(clientId, secret);
        } else if (overwrite && !existing.get().secret.equals(secret)) {
            rotate(clientId, secret);
        }
    }

    private CredentialInfo info(ClientCredential c) {
        return new CredentialInfo(c.clientId, c.aangemaakt, c.gewijzigd);
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
