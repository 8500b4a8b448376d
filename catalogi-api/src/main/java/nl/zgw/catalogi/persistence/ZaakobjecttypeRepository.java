package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Zaakobjecttype;

@Singleton
public class ZaakobjecttypeRepository extends OnderdeelRepository<Zaakobjecttype> {

    public ZaakobjecttypeRepository() {
        super(Zaakobjecttype.class, "relatieOmschrijving", "id");
    }
}
