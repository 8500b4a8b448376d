package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Roltype;

@Singleton
public class RoltypeRepository extends OnderdeelRepository<Roltype> {

    public RoltypeRepository() {
        super(Roltype.class, "omschrijving", "id");
    }
}
