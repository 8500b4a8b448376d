package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;

/** A STATUS of a zaak (immutable once set). {@code laatstGezet}: the one with the latest datumStatusGezet. */
@Entity
@Table(name = "status")
public class Status extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String statustype;
    @Column(name = "datum_status_gezet", nullable = false)
    public OffsetDateTime datumStatusGezet;
    @Column(nullable = false)
    public String statustoelichting = "";
    @Column(nullable = false)
    public String gezetdoor = "";
    @Column(name = "laatst_gezet", nullable = false)
    public boolean laatstGezet;
}
