package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;

/** A ZAAKNOTITIE (1.7, experimental; table {@code zaaknotitie}, V30): a note on a zaak, editable while concept. */
@Entity
@Table(name = "zaaknotitie")
public class ZaakNotitie extends IdentifiedEntity {

    public static final String CONCEPT = "concept";

    /** {@code gerelateerdAan}. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id", nullable = false)
    public Zaak zaak;
    @Column(nullable = false)
    public String onderwerp;
    @Column(nullable = false)
    public String tekst;
    @Column(name = "aangemaakt_door", nullable = false)
    public String aangemaaktDoor = "";
    @Column(name = "notitie_type", nullable = false)
    public String notitieType = "intern";
    @Column(nullable = false)
    public String status = CONCEPT;
    @Column(nullable = false)
    public OffsetDateTime aanmaakdatum;
    @Column(nullable = false)
    public OffsetDateTime wijzigingsdatum;
}
