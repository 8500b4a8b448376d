package nl.zgw.documenten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** One announced part of a chunked upload. */
@Entity
@Table(name = "bestandsdeel")
public class Bestandsdeel extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public EnkelvoudigInformatieObject document;

    @Column(nullable = false) public int volgnummer;
    @Column(nullable = false) public long omvang;
    @Column(nullable = false) public boolean voltooid;
}
