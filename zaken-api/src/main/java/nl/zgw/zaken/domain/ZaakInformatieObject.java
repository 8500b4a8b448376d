package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;

/**
 * ZAAK-INFORMATIEOBJECT (table {@code zaakinformatieobject}, V40): a document of the Documenten API related to a
 * zaak, with the relation's own data. {@code aardRelatie} is always {@code hoort_bij} (zrc-004), so it is not stored.
 */
@Entity
@Table(name = "zaakinformatieobject")
public class ZaakInformatieObject extends IdentifiedEntity {

    /** The only aardRelatie of a zaak's document (zrc-004), as the OAS's AardRelatieWeergaveEnum renders it. */
    public static final String AARD_RELATIE_WEERGAVE = "Hoort bij, omgekeerd: kent";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String informatieobject;
    @Column(nullable = false)
    public String titel = "";
    @Column(nullable = false)
    public String beschrijving = "";
    @Column(nullable = false)
    public OffsetDateTime registratiedatum;
    public OffsetDateTime vernietigingsdatum;
    /** URL of a status of the zaak, or null. */
    public String status;
}
