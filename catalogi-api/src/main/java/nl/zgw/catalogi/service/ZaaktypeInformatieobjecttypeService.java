package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.Statustype;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.ZaaktypeInformatieobjecttype;
import nl.zgw.catalogi.domain.invoer.ZaaktypeInformatieobjecttypeInvoer;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.SameZaaktype;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.ZaaktypeInformatieobjecttypeRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.ArrayList;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.STATUSTYPEN;
import static nl.zgw.catalogi.domain.Collecties.ZAAKTYPEN;
import static nl.zgw.catalogi.domain.Collecties.ZIOT;

/**
 * ZAAKTYPE-INFORMATIEOBJECTTYPE: its informatieobjecttype by name (or URL) of the zaaktype's catalogus, kept by a
 * correctie; its statustype of the same zaaktype.
 */
@ApplicationScoped
public class ZaaktypeInformatieobjecttypeService
        extends ZaaktypeOnderdeelService<ZaaktypeInformatieobjecttype, ZaaktypeInformatieobjecttypeInvoer> {

    private RelationNames names;
    private InformatieobjecttypeRepository informatieobjecttypen;

    /** For the CDI client proxy only. */
    protected ZaaktypeInformatieobjecttypeService() {
    }

    @jakarta.inject.Inject
    public ZaaktypeInformatieobjecttypeService(ZaaktypeInformatieobjecttypeRepository ziots, RelationNames names,
                                               InformatieobjecttypeRepository informatieobjecttypen) {
        super(ziots, ZaaktypeInformatieobjecttypeInvoer.class, ZIOT, "zaaktypeinformatieobjecttype");
        this.names = names;
        this.informatieobjecttypen = informatieobjecttypen;
    }

    @Override
    protected ZaaktypeInformatieobjecttype nieuw() {
        return new ZaaktypeInformatieobjecttype();
    }

    @Override
    protected ZaaktypeInformatieobjecttype write(ZaaktypeInformatieobjecttype t,
                                                 ZaaktypeInformatieobjecttypeInvoer r) {
        Zaaktype z = zaaktypeFor(r.zaaktype(), t.zaaktype, null);
        List<InvalidParam> fieldErrors = new ArrayList<>();
        String iot = names.name(RelationNames.Type.INFORMATIEOBJECTTYPE, z.catalogus.id, r.informatieobjecttype(),
                "informatieobjecttype", fieldErrors).orElse(null);
        throwIfAny(fieldErrors);
        if (informatieobjecttypen.bekendeNamen(z.catalogus.id, List.of(iot), false).isEmpty()) {
            throw ZgwException.invalid("informatieobjecttype", "does_not_exist",
                    "Er is geen informatieobjecttype met deze omschrijving in de catalogus van het zaaktype.");
        }
        Statustype statustype = referenties.optionalReferenced(Statustype.class, STATUSTYPEN, r.statustype(),
                "statustype").orElse(null);
        List<InvalidParam> errors = new ArrayList<>();
        if (!z.concept && t.id != null) {
            errors.addAll(Correctie.check().same("informatieobjecttype", t.informatieobjecttype, iot).errors());
        }
        if (statustype != null) {
            SameZaaktype.check(z.id, statustype.zaaktype.id, "statustype").ifPresent(errors::add);
        }
        throwIfAny(errors);
        t.zaaktype = z;
        t.informatieobjecttype = iot;
        t.volgnummer = r.volgnummer();
        t.richting = r.richting();
        t.statustype = statustype;
        return opgeslagen(t);
    }

    @Override
    protected ObjectNode huidig(ZaaktypeInformatieobjecttype t) {
        ObjectNode view = documenten.object();
        view.put("zaaktype", referenties.url(ZAAKTYPEN, t.zaaktype.uuid));
        view.put("informatieobjecttype", t.informatieobjecttype);
        view.put("volgnummer", t.volgnummer);
        view.put("richting", t.richting);
        view.put("statustype", t.statustype == null ? null : referenties.url(STATUSTYPEN, t.statustype.uuid));
        return view;
    }
}
