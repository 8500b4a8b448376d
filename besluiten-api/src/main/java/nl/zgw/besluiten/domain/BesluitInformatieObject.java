package nl.zgw.besluiten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

import java.time.OffsetDateTime;

/**
 * A BESLUITINFORMATIEOBJECT: the besluit is laid down in a document of the Documenten API (brc-003). Immutable once
 * made; its aardRelatie is always {@code legt_vast} (brc-004).
 */
@Entity
@Table(name = "besluitinformatieobject")
public class BesluitInformatieObject extends IdentifiedEntity {

    public static final String LEGT_VAST = "legt_vast";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "besluit_id", nullable = false)
    public Besluit besluit;

    @Column(nullable = false)
    public String informatieobject;

    @Column(name = "aard_relatie", nullable = false)
    public String aardRelatie = LEGT_VAST;

    @Column(nullable = false)
    public OffsetDateTime registratiedatum;
}
