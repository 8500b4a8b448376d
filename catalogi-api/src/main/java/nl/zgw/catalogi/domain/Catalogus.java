package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;


/** CATALOGUS: the (domein, rsin) pair is unique. */
@Entity
@Table(name = "catalogus")
public class Catalogus extends CatalogiEntity {

    @Column(nullable = false, length = 5)
    public String domein;

    @Column(nullable = false, length = 9)
    public String rsin;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
