package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A ZAAKOBJECT (table {@code zaakobject}, V30): an object the zaak is about, by URL ({@code object}) and/or by its
 * {@code objectIdentificatie}, the group of its objectType as the OAS shapes it. Unset strings are {@code ""}.
 */
@Entity
@Table(name = "zaakobject")
public class ZaakObject extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id", nullable = false)
    public Zaak zaak;
    @Column(nullable = false)
    public String object = "";
    @Column(nullable = false)
    public String zaakobjecttype = "";
    @Column(name = "object_type", nullable = false)
    public String objectType;
    @Column(name = "object_type_overige", nullable = false)
    public String objectTypeOverige = "";
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "object_type_overige_definitie", columnDefinition = "jsonb")
    public JsonNode objectTypeOverigeDefinitie;
    @Column(nullable = false)
    public String relatieomschrijving = "";
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "object_identificatie", columnDefinition = "jsonb")
    public JsonNode objectIdentificatie;
}
