package nl.zgw.autorisaties.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.domain.ClientCredential;

@ApplicationScoped
public class ClientCredentialRepository implements PanacheRepositoryBase<ClientCredential, String> {
}
