package nl.zgw.common.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test only: a listed object with a type and (drc, zrc) a vertrouwelijkheidaanduiding. */
@Entity
@Table(name = "zgw_test_lijst_object")
public class LijstObject {
    @Id
    public String id;
    public String type;
    public String vertrouwelijkheidaanduiding;
}
