package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A version of a BESLUITTYPE; versions share {@code omschrijving}. Relations to IOTs are by omschrijving. */
@Entity
@Table(name = "besluittype")
public class Besluittype extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogus_id", nullable = false)
    public Catalogus catalogus;

    @Column(nullable = false)
    public boolean concept;

    @Column(name = "begin_geldigheid", nullable = false)
    public LocalDate beginGeldigheid;

    @Column(name = "einde_geldigheid")
    public LocalDate eindeGeldigheid;

    @Column(nullable = false, length = 80)
    public String omschrijving;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "informatieobjecttypen", nullable = false, columnDefinition = "text[]")
    public String[] informatieobjecttypen = new String[0];

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
