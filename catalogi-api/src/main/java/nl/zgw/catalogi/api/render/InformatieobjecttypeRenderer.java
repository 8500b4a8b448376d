package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Informatieobjecttype;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.ZaaktypeInformatieobjecttypeRepository;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

import static nl.zgw.catalogi.domain.Collecties.*;

/** INFORMATIEOBJECTTYPE with the published zaaktypen and besluittypen valid on the date that relate its name. */
@Singleton
public class InformatieobjecttypeRenderer extends AbstractRenderer<Informatieobjecttype> {

    private final ZaaktypeInformatieobjecttypeRepository ziots;
    private final BesluittypeRepository besluittypen;

    public InformatieobjecttypeRenderer(Links links, ZaaktypeInformatieobjecttypeRepository ziots,
                                        BesluittypeRepository besluittypen) {
        super(Informatieobjecttype.class, INFORMATIEOBJECTTYPEN, links);
        this.ziots = ziots;
        this.besluittypen = besluittypen;
    }

    @Override
    public List<ObjectNode> render(List<Informatieobjecttype> rows, LocalDate on) {
        Set<Long> cats = Nodes.ids(rows, i -> i.catalogus.id);
        Set<String> names = rows.stream().map(i -> i.omschrijving).collect(Collectors.toSet());
        var zaaktypen = ziots.geldigeZaaktypen(cats, names, on);
        var geldigeBesluittypen = besluittypen.geldig(cats, on);
        List<ObjectNode> out = new ArrayList<>();
        for (Informatieobjecttype i : rows) {
            ObjectNode n = links.start(INFORMATIEOBJECTTYPEN, i.uuid, i.data);
            n.put("catalogus", links.url(CATALOGUSSEN, i.catalogus.uuid));
            ObjectNode generiek = Nodes.gegevensgroep(n, "omschrijvingGeneriek",
                    "informatieobjecttypeOmschrijvingGeneriek", "definitieInformatieobjecttypeOmschrijvingGeneriek",
                    "herkomstInformatieobjecttypeOmschrijvingGeneriek",
                    "hierarchieInformatieobjecttypeOmschrijvingGeneriek");
            if (generiek.path("opmerkingInformatieobjecttypeOmschrijvingGeneriek").isMissingNode()) {
                generiek.putNull("opmerkingInformatieobjecttypeOmschrijvingGeneriek");
            }
            Nodes.emptyArrayIfNull(n, "trefwoord");
            Nodes.geldigheid(n, i.beginGeldigheid, i.eindeGeldigheid);
            n.put("concept", i.concept);
            ArrayNode zt = Nodes.emptyArray();
            Set<String> ztIds = new LinkedHashSet<>();
            Set<UUID> seen = new HashSet<>();
            for (var r : zaaktypen) {
                if (r.catalogusId().equals(i.catalogus.id) && r.informatieobjecttype().equals(i.omschrijving)
                        && seen.add(r.zaaktype())) {
                    zt.add(links.url(ZAAKTYPEN, r.zaaktype()));
                    ztIds.add(r.identificatie());
                }
            }
            n.set("zaaktypen", zt);
            n.set("zaaktypeIdentificaties", Nodes.strings(ztIds));
            ArrayNode bt = Nodes.emptyArray();
            Set<String> btNames = new LinkedHashSet<>();
            for (var b : geldigeBesluittypen) {
                if (b.catalogusId().equals(i.catalogus.id)
                        && List.of(b.informatieobjecttypen()).contains(i.omschrijving)) {
                    bt.add(links.url(BESLUITTYPEN, b.uuid()));
                    btNames.add(b.omschrijving());
                }
            }
            n.set("besluittypen", bt);
            n.set("besluittypeOmschrijving", Nodes.strings(btNames));
            out.add(n);
        }
        return out;
    }
}
