package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;

/** A KLANTCONTACT at a zaak (table {@code klantcontact}, V30; deprecated in the OAS, still served). */
@Entity
@Table(name = "klantcontact")
public class KlantContact extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id", nullable = false)
    public Zaak zaak;
    @Column(nullable = false)
    public String identificatie;
    @Column(nullable = false)
    public OffsetDateTime datumtijd;
    @Column(nullable = false)
    public String kanaal = "";
    @Column(nullable = false)
    public String onderwerp = "";
    @Column(nullable = false)
    public String toelichting = "";
}
