package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** ZAAKOBJECTTYPE of one zaaktype version. */
@Entity
@Table(name = "zaakobjecttype")
public class Zaakobjecttype extends ZaaktypeOnderdeel {

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
