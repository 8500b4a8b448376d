package nl.zgw.autorisaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A client's shared HS256 secret. Never rendered after creation/rotation, never logged. */
@Entity
@Table(name = "ac_client_credential")
public class ClientCredential {

    @Id
    @Column(name = "client_id", length = 50)
    public String clientId;

    @Column(nullable = false, length = 255)
    public String secret;

    @Column(nullable = false)
    public OffsetDateTime aangemaakt;

    @Column(nullable = false)
    public OffsetDateTime gewijzigd;

    @Override
    public String toString() {
        return "ClientCredential[" + clientId + "]";
    }
}
