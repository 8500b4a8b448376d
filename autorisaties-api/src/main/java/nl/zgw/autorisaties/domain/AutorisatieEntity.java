package nl.zgw.autorisaties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "ac_autorisatie")
public class AutorisatieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "applicatie_id", nullable = false)
    public Long applicatieId;

    @Column(nullable = false)
    public int positie;

    @Column(nullable = false, length = 3)
    public String component;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> scopes;

    @Column(name = "type_url", length = 1000)
    public String typeUrl;

    @Column(name = "type_uuid")
    public UUID typeUuid;

    @Column(name = "max_vertrouwelijkheidaanduiding", length = 20)
    public String maxVertrouwelijkheidaanduiding;
}
