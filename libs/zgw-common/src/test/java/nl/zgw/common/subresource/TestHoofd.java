package nl.zgw.common.subresource;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zgw.common.persistence.IdentifiedEntity;

/** Test only: a hoofdobject with the autorisatie's columns and a kenmerk ({@code soort}). */
@Entity
@Table(name = "zgw_test_hoofd")
public class TestHoofd extends IdentifiedEntity {
    public String zaaktype;
    public String vertrouwelijkheidaanduiding;
    public String soort;
}
