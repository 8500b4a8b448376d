package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.client.Documenten;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakInformatieObject;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

/**
 * zrc-022: the archiefstatus of a zaak may leave {@code nog_te_archiveren} only when every document related to it has
 * status {@code gearchiveerd} in the Documenten API. A document that cannot be fetched counts as not archived.
 */
@ApplicationScoped
public class ZaakDocumentenGearchiveerd implements ZaakDocumentenArchief {

    static final String GEARCHIVEERD = "gearchiveerd";

    private final ZaakInformatieObjectRepository relaties;
    private final Documenten documenten;

    public ZaakDocumentenGearchiveerd(ZaakInformatieObjectRepository relaties, Documenten documenten) {
        this.relaties = relaties;
        this.documenten = documenten;
    }

    @Override
    public boolean alleGearchiveerd(Zaak zaak) {
        for (ZaakInformatieObject zio : relaties.ofZaak(zaak)) {
            try {
                if (!GEARCHIVEERD.equals(documenten.informatieobject("informatieobject", zio.informatieobject).status())) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }
}
