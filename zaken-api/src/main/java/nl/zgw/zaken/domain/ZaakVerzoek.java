package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** ZAAK-VERZOEK (table {@code zaakverzoek}, V42): a verzoek of the Verzoeken API. */
@Entity
@Table(name = "zaakverzoek")
public class ZaakVerzoek extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String verzoek;
}
