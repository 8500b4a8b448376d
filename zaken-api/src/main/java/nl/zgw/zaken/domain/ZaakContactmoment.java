package nl.zgw.zaken.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** ZAAKCONTACTMOMENT (table {@code zaakcontactmoment}, V42): a contactmoment of the Contactmomenten API. */
@Entity
@Table(name = "zaakcontactmoment")
@AttributeOverride(name = "doel", column = @Column(name = "contactmoment", nullable = false))
public class ZaakContactmoment extends ZaakExterneRelatie {
}
