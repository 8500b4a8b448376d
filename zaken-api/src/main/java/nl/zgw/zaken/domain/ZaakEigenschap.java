package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** A ZAAKEIGENSCHAP: the waarde of an eigenschap of the zaak's zaaktype; {@code naam} is copied from it. */
@Entity
@Table(name = "zaakeigenschap")
public class ZaakEigenschap extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    @Column(nullable = false)
    public String eigenschap;
    @Column(nullable = false)
    public String naam;
    @Column(nullable = false)
    public String waarde;
}
