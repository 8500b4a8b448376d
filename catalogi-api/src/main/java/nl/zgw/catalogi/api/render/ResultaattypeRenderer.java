package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Resultaattype;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.zgw.catalogi.domain.Collecties.*;

/** RESULTAATTYPE with its besluittypen and informatieobjecttypen (by name) as the versions valid on the date. */
@Singleton
public class ResultaattypeRenderer extends AbstractRenderer<Resultaattype> {

    private final BesluittypeRepository besluittypen;
    private final InformatieobjecttypeRepository informatieobjecttypen;

    public ResultaattypeRenderer(Links links, BesluittypeRepository besluittypen,
                                 InformatieobjecttypeRepository informatieobjecttypen) {
        super(Resultaattype.class, RESULTAATTYPEN, links);
        this.besluittypen = besluittypen;
        this.informatieobjecttypen = informatieobjecttypen;
    }

    @Override
    public List<ObjectNode> render(List<Resultaattype> rows, LocalDate on) {
        Set<Long> cats = Nodes.ids(rows, r -> r.zaaktype.catalogus.id);
        Set<String> btNames = new HashSet<>();
        Set<String> iotNames = new HashSet<>();
        rows.forEach(r -> {
            btNames.addAll(List.of(r.besluittypen));
            iotNames.addAll(List.of(r.informatieobjecttypen));
        });
        var bts = besluittypen.geldigeVersies(cats, btNames, on);
        var iots = informatieobjecttypen.geldigeVersies(cats, iotNames, on);
        List<ObjectNode> out = new ArrayList<>();
        for (Resultaattype r : rows) {
            ObjectNode n = links.onderdeel(RESULTAATTYPEN, r.uuid, r.data, r.zaaktype);
            Long cat = r.zaaktype.catalogus.id;
            Nodes.blankIfNull(n, "toelichting", "archiefnominatie");
            // nullable as a whole; when given, its unset sub-fields are answered as Open Zaak does
            if (n.path("brondatumArchiefprocedure").isObject()) {
                ObjectNode brondatum = (ObjectNode) n.get("brondatumArchiefprocedure");
                Nodes.blankIfNull(brondatum, "datumkenmerk", "objecttype", "registratie");
                Nodes.falseIfNull(brondatum, "einddatumBekend");
                if (brondatum.path("procestermijn").isMissingNode()) {
                    brondatum.putNull("procestermijn");
                }
            }
            n.set("besluittypen", links.resolved(BESLUITTYPEN, bts, cat, List.of(r.besluittypen)));
            n.set("besluittypeOmschrijving", Nodes.strings(List.of(r.besluittypen)));
            n.set("informatieobjecttypen", links.resolved(INFORMATIEOBJECTTYPEN, iots, cat,
                    List.of(r.informatieobjecttypen)));
            n.set("informatieobjecttypeOmschrijving", Nodes.strings(List.of(r.informatieobjecttypen)));
            out.add(n);
        }
        return out;
    }
}
