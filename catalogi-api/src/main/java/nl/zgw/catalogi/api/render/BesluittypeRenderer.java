package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Besluittype;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.ResultaattypeRepository;
import nl.zgw.catalogi.persistence.ZaaktypeRepository;

import java.time.LocalDate;
import java.util.*;

import static nl.zgw.catalogi.domain.Collecties.*;

/**
 * BESLUITTYPE with its informatieobjecttypen (by name) and the published zaaktypen and their resultaattypen valid
 * on the date that relate its name.
 */
@Singleton
public class BesluittypeRenderer extends AbstractRenderer<Besluittype> {

    private final InformatieobjecttypeRepository informatieobjecttypen;
    private final ZaaktypeRepository zaaktypen;
    private final ResultaattypeRepository resultaattypen;

    public BesluittypeRenderer(Links links, InformatieobjecttypeRepository informatieobjecttypen,
                               ZaaktypeRepository zaaktypen, ResultaattypeRepository resultaattypen) {
        super(Besluittype.class, BESLUITTYPEN, links);
        this.informatieobjecttypen = informatieobjecttypen;
        this.zaaktypen = zaaktypen;
        this.resultaattypen = resultaattypen;
    }

    @Override
    public List<ObjectNode> render(List<Besluittype> rows, LocalDate on) {
        Set<Long> cats = Nodes.ids(rows, b -> b.catalogus.id);
        Set<String> iotNames = new HashSet<>();
        rows.forEach(b -> iotNames.addAll(List.of(b.informatieobjecttypen)));
        var iots = informatieobjecttypen.geldigeVersies(cats, iotNames, on);
        var geldigeZaaktypen = zaaktypen.geldig(cats, on);
        var geldigeResultaattypen = resultaattypen.vanGeldigeZaaktypen(cats, on);
        List<ObjectNode> out = new ArrayList<>();
        for (Besluittype b : rows) {
            ObjectNode n = links.start(BESLUITTYPEN, b.uuid, b.data);
            n.put("catalogus", links.url(CATALOGUSSEN, b.catalogus.uuid));
            Nodes.blankIfNull(n, "omschrijving", "omschrijvingGeneriek", "besluitcategorie", "publicatietekst",
                    "toelichting");
            ArrayNode zt = Nodes.emptyArray();
            Set<String> ztIds = new LinkedHashSet<>();
            for (var z : geldigeZaaktypen) {
                if (z.catalogusId().equals(b.catalogus.id) && List.of(z.besluittypen()).contains(b.omschrijving)) {
                    zt.add(links.url(ZAAKTYPEN, z.uuid()));
                    ztIds.add(z.identificatie());
                }
            }
            n.set("zaaktypen", zt);
            n.set("zaaktypeIdentificaties", Nodes.strings(ztIds));
            n.set("informatieobjecttypen", links.resolved(INFORMATIEOBJECTTYPEN, iots, b.catalogus.id,
                    List.of(b.informatieobjecttypen)));
            n.set("informatieobjecttypeOmschrijvingen", Nodes.strings(List.of(b.informatieobjecttypen)));
            ArrayNode rt = Nodes.emptyArray();
            List<String> rtNames = new ArrayList<>();
            for (var r : geldigeResultaattypen) {
                if (r.catalogusId().equals(b.catalogus.id) && List.of(r.besluittypen()).contains(b.omschrijving)) {
                    rt.add(links.url(RESULTAATTYPEN, r.uuid()));
                    rtNames.add(r.omschrijving());
                }
            }
            n.set("resultaattypen", rt);
            n.set("resultaattypenOmschrijving", Nodes.strings(rtNames));
            n.set("vastgelegdIn", Nodes.emptyArray());
            Nodes.geldigheid(n, b.beginGeldigheid, b.eindeGeldigheid);
            n.put("concept", b.concept);
            out.add(n);
        }
        return out;
    }
}
