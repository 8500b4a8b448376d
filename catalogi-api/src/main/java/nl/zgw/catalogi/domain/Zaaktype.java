package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A version of a ZAAKTYPE; versions share {@code identificatie} (ztc-016: published ones never overlap). */
@Entity
@Table(name = "zaaktype")
public class Zaaktype extends PanacheEntityBase {

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

    @Column(nullable = false, length = 50)
    public String identificatie;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "trefwoorden", nullable = false, columnDefinition = "text[]")
    public String[] trefwoorden = new String[0];

    /** Besluittype omschrijvingen (the 1.3 history model relates by name). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "besluittypen", nullable = false, columnDefinition = "text[]")
    public String[] besluittypen = new String[0];

    /** Zaaktype identificaties. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "deelzaaktypen", nullable = false, columnDefinition = "text[]")
    public String[] deelzaaktypen = new String[0];

    @Column(name = "selectielijst_procestype", length = 200)
    public String selectielijstProcestype;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
