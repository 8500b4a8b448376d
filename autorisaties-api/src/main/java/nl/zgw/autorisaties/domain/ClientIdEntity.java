package nl.zgw.autorisaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One client id of an Applicatie; the primary key makes ac-001 hold under concurrency too. */
@Entity
@Table(name = "ac_applicatie_client_id")
public class ClientIdEntity {

    @Id
    @Column(name = "client_id", length = 50)
    public String clientId;

    @Column(name = "applicatie_id", nullable = false)
    public Long applicatieId;

    @Column(nullable = false)
    public int positie;
}
