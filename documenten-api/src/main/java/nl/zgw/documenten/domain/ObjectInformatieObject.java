package nl.zgw.documenten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

@Entity
@Table(name = "objectinformatieobject")
public class ObjectInformatieObject extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public EnkelvoudigInformatieObject document;

    @Column(nullable = false) public String object;
    @Column(name = "object_type", nullable = false) public String objectType;
}
