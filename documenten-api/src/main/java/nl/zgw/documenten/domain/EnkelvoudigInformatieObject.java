package nl.zgw.documenten.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** The identity of a document: its uuid, its lock and a pending upload in parts; its data lives in versions. */
@Entity
@Table(name = "enkelvoudiginformatieobject")
public class EnkelvoudigInformatieObject extends IdentifiedEntity {

    /** The current lock id, null when unlocked. */
    public String lock;

    /** The ContentStore upload of the pending bestandsdelen, null when none. */
    @Column(name = "upload_id")
    public String uploadId;

    /** The announced total size of the pending upload. */
    @Column(name = "upload_omvang")
    public Long uploadOmvang;
}
