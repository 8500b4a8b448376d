package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** The RESULTAAT of a zaak (at most one per zaak). */
@Entity
@Table(name = "resultaat")
public class Resultaat extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String resultaattype;
    @Column(nullable = false)
    public String toelichting = "";
}
