package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Zaakobjecttype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.invoer.ZaakobjecttypeInvoer;
import nl.zgw.catalogi.persistence.ZaakobjecttypeRepository;

import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;
import static nl.zgw.catalogi.domain.Collecties.ZAAKOBJECTTYPEN;

/** ZAAKOBJECTTYPE: its catalogus is its zaaktype's. */
@ApplicationScoped
public class ZaakobjecttypeService extends ZaaktypeOnderdeelService<Zaakobjecttype, ZaakobjecttypeInvoer> {

    /** For the CDI client proxy only. */
    protected ZaakobjecttypeService() {
    }

    @jakarta.inject.Inject
    public ZaakobjecttypeService(ZaakobjecttypeRepository zaakobjecttypen) {
        super(zaakobjecttypen, ZaakobjecttypeInvoer.class, ZAAKOBJECTTYPEN, "zaakobjecttype");
    }

    @Override
    protected Zaakobjecttype nieuw() {
        return new Zaakobjecttype();
    }

    @Override
    protected Zaakobjecttype write(Zaakobjecttype t, ZaakobjecttypeInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, r.beginGeldigheid());
        sameCatalogus(r.catalogus(), z);
        t.zaaktype = z;
        t.anderObjecttype = r.anderObjecttype();
        t.objecttype = r.objecttype();
        t.relatieOmschrijving = r.relatieOmschrijving();
        t.data = documenten.document(r, "zaaktype", "catalogus", "eindeGeldigheid");
        return opgeslagen(t);
    }

    @Override
    protected ObjectNode huidig(Zaakobjecttype t) {
        ObjectNode view = view(t.data, t.zaaktype);
        view.put("catalogus", referenties.url(CATALOGUSSEN, t.zaaktype.catalogus.uuid));
        return view;
    }
}
