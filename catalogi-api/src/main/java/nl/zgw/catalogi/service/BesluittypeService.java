package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.domain.invoer.BesluittypeInvoer;
import nl.zgw.catalogi.domain.Besluittype;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.common.problem.InvalidParam;

import java.util.LinkedHashSet;
import java.util.List;

/** The lifecycle of a BESLUITTYPE version (versions share omschrijving; IOTs are related by omschrijving). */
@ApplicationScoped
public class BesluittypeService extends VersionedTypeService<Besluittype, BesluittypeInvoer> {

    public static final String KANAAL = "besluittypen";

    private final InformatieobjecttypeRepository informatieobjecttypen;

    public BesluittypeService(BesluittypeRepository besluittypen,
                              InformatieobjecttypeRepository informatieobjecttypen) {
        super(besluittypen, Besluittype.class, BesluittypeInvoer.class, KANAAL, "besluittype", "omschrijving");
        this.informatieobjecttypen = informatieobjecttypen;
    }

    @Override
    protected Besluittype newVersion() {
        return new Besluittype();
    }

    @Override
    protected String naam(Besluittype t) {
        return t.omschrijving;
    }

    @Override
    protected boolean relations(ObjectNode body, Catalogus catalogus, List<InvalidParam> errors) {
        return named(body.path("informatieobjecttypen"), RelationNames.Type.INFORMATIEOBJECTTYPE, catalogus,
                "informatieobjecttypen", errors);
    }

    @Override
    protected void validate(BesluittypeInvoer r, Catalogus catalogus, List<InvalidParam> errors) {
        bekendeNamen.onbekende(errors, informatieobjecttypen, catalogus.id, r.informatieobjecttypen(),
                "informatieobjecttypen");
    }

    @Override
    protected void correctie(Besluittype t, BesluittypeInvoer r, Correctie.Check check) {
        check.onlyAdded("informatieobjecttypen", List.of(t.informatieobjecttypen), r.informatieobjecttypen());
    }

    @Override
    protected void assign(Besluittype t, BesluittypeInvoer r) {
        t.omschrijving = r.naam();
        t.informatieobjecttypen = new LinkedHashSet<>(r.informatieobjecttypen()).toArray(String[]::new);
        t.data = documenten.document(r, "catalogus", "beginGeldigheid", "eindeGeldigheid", "informatieobjecttypen");
    }

    // no publish rule of its own: ztc-012 holds for a zaaktype only, and Open Zaak and the standard's test collection
    // publish a besluittype before its informatieobjecttypen

    @Override
    protected ObjectNode requestView(Besluittype t) {
        ObjectNode n = super.requestView(t);
        n.set("informatieobjecttypen", documenten.json(t.informatieobjecttypen));
        return n;
    }
}
