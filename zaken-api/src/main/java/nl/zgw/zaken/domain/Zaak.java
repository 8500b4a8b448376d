package nl.zgw.zaken.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The ZAAK of the Zaken API 1.7.0 (table {@code zaak}, V1__zaak.sql). Columns that filters, orderings, rules or the
 * autorisatie predicate read are real columns; the nested groups are jsonb trees in the shape of the OAS
 * ({@code verlenging}, {@code opschorting}, {@code processobject}, {@code relevanteAndereZaken}, {@code kenmerken},
 * {@code productenOfDiensten}, {@code zaakgeometrie} with its bounding box in {@code geo_*}).
 * Strings that the OAS does not mark nullable are stored as {@code ""} when unset.
 */
@Entity
@Table(name = "zaak")
public class Zaak extends IdentifiedEntity {

    @Column(nullable = false)
    public String identificatie;
    @Column(nullable = false)
    public String bronorganisatie;
    @Column(nullable = false)
    public String omschrijving = "";
    @Column(nullable = false)
    public String toelichting = "";
    /** The zaaktype's URL, as autorisaties name it. */
    @Column(nullable = false)
    public String zaaktype;
    @Column(name = "zaaktype_uuid")
    public UUID zaaktypeUuid;
    @Column(nullable = false)
    public LocalDate registratiedatum;
    @Column(name = "verantwoordelijke_organisatie", nullable = false)
    public String verantwoordelijkeOrganisatie;
    @Column(nullable = false)
    public LocalDate startdatum;
    /** Set by closing (the eindstatus, zaken-status), never by a client. */
    public LocalDate einddatum;
    @Column(name = "einddatum_gepland")
    public LocalDate einddatumGepland;
    @Column(name = "uiterlijke_einddatum_afdoening")
    public LocalDate uiterlijkeEinddatumAfdoening;
    public LocalDate publicatiedatum;
    @Column(nullable = false)
    public String communicatiekanaal = "";
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "producten_of_diensten", nullable = false, columnDefinition = "jsonb")
    public JsonNode productenOfDiensten;
    @Column(nullable = false)
    public String vertrouwelijkheidaanduiding;
    @Column(nullable = false)
    public String betalingsindicatie = "";
    @Column(name = "laatste_betaaldatum")
    public OffsetDateTime laatsteBetaaldatum;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode zaakgeometrie;
    @Column(name = "geo_min_x")
    public Double geoMinX;
    @Column(name = "geo_min_y")
    public Double geoMinY;
    @Column(name = "geo_max_x")
    public Double geoMaxX;
    @Column(name = "geo_max_y")
    public Double geoMaxY;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode verlenging;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode opschorting;
    @Column(nullable = false)
    public String selectielijstklasse = "";
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hoofdzaak_id")
    public Zaak hoofdzaak;
    /** [{url, aardRelatie}] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "relevante_andere_zaken", nullable = false, columnDefinition = "jsonb")
    public JsonNode relevanteAndereZaken;
    /** [{kenmerk, bron}] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JsonNode kenmerken;
    /** "" when unset (the OAS allows the blank and the null value; rendered as null when unset). */
    @Column(nullable = false)
    public String archiefnominatie = "";
    @Column(nullable = false)
    public String archiefstatus = "nog_te_archiveren";
    public LocalDate archiefactiedatum;
    @Column(name = "opdrachtgevende_organisatie", nullable = false)
    public String opdrachtgevendeOrganisatie = "";
    public String processobjectaard;
    @Column(name = "startdatum_bewaartermijn")
    public LocalDate startdatumBewaartermijn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode processobject;
    @Column(name = "aangemaakt_op", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime aangemaaktOp;

    /** The zaak is closed (zrc-007): its data may then only change with zaken.geforceerd-bijwerken. */
    public boolean isAfgesloten() {
        return einddatum != null;
    }

    public Vertrouwelijkheidaanduiding level() {
        return Vertrouwelijkheidaanduiding.of(vertrouwelijkheidaanduiding);
    }
}
