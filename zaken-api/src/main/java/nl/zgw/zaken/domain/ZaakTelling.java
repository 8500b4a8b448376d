package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One delta of the number of zaken of a zaaktype at a vertrouwelijkheidaanduiding (table {@code zaak_telling}, V44),
 * written by the triggers on {@code zaak} only; read as sums by {@code ZaakTellingen}.
 */
@Entity
@Table(name = "zaak_telling")
public class ZaakTelling {

    @Id
    public Long id;
    @Column(nullable = false)
    public String zaaktype;
    @Column(nullable = false)
    public String vertrouwelijkheidaanduiding;
    @Column(nullable = false)
    public long aantal;
}
