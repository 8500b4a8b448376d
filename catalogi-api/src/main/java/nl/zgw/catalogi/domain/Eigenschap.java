package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** EIGENSCHAP of one zaaktype version; {@code naam} unique per zaaktype. */
@Entity
@Table(name = "eigenschap")
public class Eigenschap extends ZaaktypeOnderdeel {

    @Column(nullable = false, length = 20)
    public String naam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statustype_id")
    public Statustype statustype;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
