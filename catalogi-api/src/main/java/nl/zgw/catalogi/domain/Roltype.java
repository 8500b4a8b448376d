package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** ROLTYPE of one zaaktype version. */
@Entity
@Table(name = "roltype")
public class Roltype extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaaktype_id", nullable = false)
    public Zaaktype zaaktype;

    @Column(nullable = false, length = 100)
    public String omschrijving;

    @Column(name = "omschrijving_generiek", nullable = false, length = 20)
    public String omschrijvingGeneriek;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
