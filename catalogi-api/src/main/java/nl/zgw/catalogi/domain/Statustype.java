package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** STATUSTYPE of one zaaktype version; {@code volgnummer} unique per zaaktype. */
@Entity
@Table(name = "statustype")
public class Statustype extends ZaaktypeOnderdeel {

    @Column(nullable = false)
    public int volgnummer;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
