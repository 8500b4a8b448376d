package nl.zgw.zaken.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.zgw.common.persistence.IdentifiedEntity;

/**
 * A zaak's relation to an object of an API outside this project (a contactmoment, a verzoek): the zaak and the
 * object's URL, unique per zaak. Each kind has its own table; its column for {@link #doel} is named after the
 * object ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class ZaakExterneRelatie extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zaak_id")
    public Zaak zaak;
    /** The related object's URL. */
    @Column(nullable = false)
    public String doel;
}
