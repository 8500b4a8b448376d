package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Eigenschap;
import nl.zgw.catalogi.domain.Statustype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.invoer.EigenschapInvoer;
import nl.zgw.catalogi.domain.rules.SameZaaktype;
import nl.zgw.catalogi.domain.rules.Ztc015EigenschapDatum;
import nl.zgw.catalogi.persistence.EigenschapRepository;
import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.EIGENSCHAPPEN;
import static nl.zgw.catalogi.domain.Collecties.STATUSTYPEN;

/** EIGENSCHAP: naam unique per zaaktype, ztc-015 on its specificatie, its statustype of the same zaaktype. */
@ApplicationScoped
public class EigenschapService extends ZaaktypeOnderdeelService<Eigenschap, EigenschapInvoer> {

    /** For the CDI client proxy only. */
    protected EigenschapService() {
    }

    @jakarta.inject.Inject
    public EigenschapService(EigenschapRepository eigenschappen) {
        super(eigenschappen, EigenschapInvoer.class, EIGENSCHAPPEN, "eigenschap");
    }

    @Override
    protected Eigenschap nieuw() {
        return new Eigenschap();
    }

    @Override
    protected Eigenschap write(Eigenschap e, EigenschapInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), e.zaaktype, r.beginGeldigheid());
        throwIfAny(Ztc015EigenschapDatum.check(r.specificatie().formaat(), r.specificatie().lengte(),
                r.specificatie().waardenverzameling()));
        List<InvalidParam> errors = new ArrayList<>();
        Statustype statustype = referenties.optionalReferenced(Statustype.class, STATUSTYPEN, r.statustype(),
                "statustype").orElse(null);
        uniqueInZaaktype("naam", r.naam(), z, e.id).ifPresent(errors::add);
        if (statustype != null) {
            SameZaaktype.check(z.id, statustype.zaaktype.id, "statustype").ifPresent(errors::add);
        }
        throwIfAny(errors);
        e.zaaktype = z;
        e.naam = r.naam();
        e.statustype = statustype;
        e.data = documenten.document(r, "zaaktype", "statustype", "eindeGeldigheid");
        return opgeslagen(e);
    }

    @Override
    protected ObjectNode huidig(Eigenschap e) {
        ObjectNode view = view(e.data, e.zaaktype);
        view.put("statustype", e.statustype == null ? null : referenties.url(STATUSTYPEN, e.statustype.uuid));
        return view;
    }
}
