package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Roltype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.invoer.RoltypeInvoer;
import nl.zgw.catalogi.persistence.RoltypeRepository;

import static nl.zgw.catalogi.domain.Collecties.ROLTYPEN;

/** ROLTYPE: omschrijving unique per zaaktype. */
@ApplicationScoped
public class RoltypeService extends ZaaktypeOnderdeelService<Roltype, RoltypeInvoer> {

    /** For the CDI client proxy only. */
    protected RoltypeService() {
    }

    @jakarta.inject.Inject
    public RoltypeService(RoltypeRepository roltypen) {
        super(roltypen, RoltypeInvoer.class, ROLTYPEN, "roltype");
    }

    @Override
    protected Roltype nieuw() {
        return new Roltype();
    }

    @Override
    protected Roltype write(Roltype t, RoltypeInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        throwIfAny(uniqueInZaaktype("omschrijving", r.omschrijving(), z, t.id).stream().toList());
        t.zaaktype = z;
        t.omschrijving = r.omschrijving();
        t.omschrijvingGeneriek = r.omschrijvingGeneriek();
        t.data = documenten.document(r, "zaaktype", "catalogus", "eindeGeldigheid");
        return opgeslagen(t);
    }

    @Override
    protected ObjectNode huidig(Roltype t) {
        return view(t.data, t.zaaktype);
    }
}
