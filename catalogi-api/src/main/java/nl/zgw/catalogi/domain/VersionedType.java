package nl.zgw.catalogi.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * What every version of a top-level type (zaaktype, informatieobjecttype, besluittype) has in the 1.3 history
 * model: its catalogus, whether it is still a concept, its geldigheid, and the validated descriptive attributes.
 */
@MappedSuperclass
public abstract class VersionedType extends CatalogiEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogus_id", nullable = false)
    public Catalogus catalogus;

    @Column(nullable = false)
    public boolean concept;

    @Column(name = "begin_geldigheid", nullable = false)
    public LocalDate beginGeldigheid;

    @Column(name = "einde_geldigheid")
    public LocalDate eindeGeldigheid;

    /** The descriptive attributes as written by the client (validated); rendered as-is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false, columnDefinition = "jsonb")
    public JsonNode data;
}
