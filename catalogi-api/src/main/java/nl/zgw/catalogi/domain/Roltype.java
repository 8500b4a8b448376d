package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** ROLTYPE of one zaaktype version. */
@Entity
@Table(name = "roltype")
public class Roltype extends ZaaktypeOnderdeel {

    @Column(nullable = false, length = 100)
    public String omschrijving;

    @Column(name = "omschrijving_generiek", nullable = false, length = 20)
    public String omschrijvingGeneriek;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
