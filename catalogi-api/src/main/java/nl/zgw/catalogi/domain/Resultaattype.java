package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** RESULTAATTYPE of one zaaktype version, with its Selectielijst derivations (ztc-002). */
@Entity
@Table(name = "resultaattype")
public class Resultaattype extends ZaaktypeOnderdeel {

    @Column(nullable = false, length = 30)
    public String omschrijving;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "besluittypen", nullable = false, columnDefinition = "text[]")
    public String[] besluittypen = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "informatieobjecttypen", nullable = false, columnDefinition = "text[]")
    public String[] informatieobjecttypen = new String[0];

    /** ztc-002: derived from the selectielijstklasse because the client left it out; derived again on its change. */
    @Column(name = "archiefnominatie_afgeleid", nullable = false)
    public boolean archiefnominatieAfgeleid;

    @Column(name = "archiefactietermijn_afgeleid", nullable = false)
    public boolean archiefactietermijnAfgeleid;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;

}
