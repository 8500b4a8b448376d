package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Informatieobjecttype;

/** Informatieobjecttype versions share their omschrijving. */
@Singleton
public class InformatieobjecttypeRepository extends VersionedTypeRepository<Informatieobjecttype> {

    public InformatieobjecttypeRepository() {
        super(Informatieobjecttype.class, "omschrijving");
    }
}
