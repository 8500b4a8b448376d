package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** ZAAKOBJECTTYPE of one zaaktype version. */
@Entity
@Table(name = "zaakobjecttype")
public class Zaakobjecttype extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaaktype_id", nullable = false)
    public Zaaktype zaaktype;

    @Column(name = "ander_objecttype", nullable = false)
    public boolean anderObjecttype;

    @Column(nullable = false, length = 200)
    public String objecttype;

    @Column(name = "relatie_omschrijving", nullable = false, length = 80)
    public String relatieOmschrijving;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
