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

import java.time.OffsetDateTime;

/**
 * A ROL: a betrokkene in a role at a zaak (table {@code rol}, V30). {@code betrokkeneIdentificatie} is the group of
 * its betrokkeneType as the OAS shapes it; the values the filters read are copied into their own indexed columns
 * ({@link BetrokkeneSleutels}). Unset strings are {@code ""}.
 */
@Entity
@Table(name = "rol")
public class Rol extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id", nullable = false)
    public Zaak zaak;
    @Column(nullable = false)
    public String betrokkene = "";
    @Column(name = "betrokkene_type", nullable = false)
    public String betrokkeneType;
    @Column(name = "afwijkende_naam_betrokkene", nullable = false)
    public String afwijkendeNaamBetrokkene = "";
    @Column(nullable = false)
    public String roltype;
    /** Copied from the roltype. */
    @Column(nullable = false)
    public String omschrijving = "";
    /** Copied from the roltype. */
    @Column(name = "omschrijving_generiek", nullable = false)
    public String omschrijvingGeneriek = "";
    @Column(nullable = false)
    public String roltoelichting = "";
    @Column(nullable = false)
    public OffsetDateTime registratiedatum;
    @Column(name = "indicatie_machtiging", nullable = false)
    public String indicatieMachtiging = "";
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contactpersoon_rol", columnDefinition = "jsonb")
    public JsonNode contactpersoonRol;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "betrokkene_identificatie", columnDefinition = "jsonb")
    public JsonNode betrokkeneIdentificatie;

    @Column(name = "inp_bsn")
    public String inpBsn;
    @Column(name = "anp_identificatie")
    public String anpIdentificatie;
    @Column(name = "inp_a_nummer")
    public String inpANummer;
    @Column(name = "inn_nnp_id")
    public String innNnpId;
    @Column(name = "ann_identificatie")
    public String annIdentificatie;
    @Column(name = "vestigings_nummer")
    public String vestigingsNummer;
    @Column(name = "medewerker_identificatie")
    public String medewerkerIdentificatie;
    @Column(name = "org_eenheid_identificatie")
    public String orgEenheidIdentificatie;
}
