package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** ZAAKBESLUIT (table {@code zaakbesluit}, V41): a besluit of the Besluiten API that belongs to the zaak. */
@Entity
@Table(name = "zaakbesluit")
public class ZaakBesluit extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String besluit;
}
