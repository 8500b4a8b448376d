package nl.zgw.zaken.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** ZAAK-VERZOEK (table {@code zaakverzoek}, V42): a verzoek of the Verzoeken API. */
@Entity
@Table(name = "zaakverzoek")
@AttributeOverride(name = "doel", column = @Column(name = "verzoek", nullable = false))
public class ZaakVerzoek extends ZaakExterneRelatie {
}
