package nl.zgw.documenten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.zgw.common.persistence.IdentifiedEntity;

@Entity
@Table(name = "gebruiksrecht")
public class Gebruiksrecht extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public EnkelvoudigInformatieObject document;

    @Column(nullable = false) public OffsetDateTime startdatum;
    public OffsetDateTime einddatum;
    @Column(name = "omschrijving_voorwaarden", nullable = false) public String omschrijvingVoorwaarden;
}
