package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.persistence.BesluittypeRepository;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.Versie;
import nl.zgw.catalogi.persistence.ZaaktypeRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.zgw.catalogi.domain.Collecties.*;

/** CATALOGUS with every version of its zaaktypen, besluittypen and informatieobjecttypen. */
@Singleton
public class CatalogusRenderer extends AbstractRenderer<Catalogus> {

    private final ZaaktypeRepository zaaktypen;
    private final BesluittypeRepository besluittypen;
    private final InformatieobjecttypeRepository informatieobjecttypen;

    public CatalogusRenderer(Links links, ZaaktypeRepository zaaktypen, BesluittypeRepository besluittypen,
                             InformatieobjecttypeRepository informatieobjecttypen) {
        super(Catalogus.class, CATALOGUSSEN, links);
        this.zaaktypen = zaaktypen;
        this.besluittypen = besluittypen;
        this.informatieobjecttypen = informatieobjecttypen;
    }

    /** Lists every version of its types, so {@code on} plays no part. */
    @Override
    public List<ObjectNode> render(List<Catalogus> rows, LocalDate on) {
        Set<Long> ids = Nodes.ids(rows, c -> c.id);
        Map<Long, List<Versie>> zt = Nodes.group(zaaktypen.versiesIn(ids), Versie::catalogusId);
        Map<Long, List<Versie>> bt = Nodes.group(besluittypen.versiesIn(ids), Versie::catalogusId);
        Map<Long, List<Versie>> iot = Nodes.group(informatieobjecttypen.versiesIn(ids), Versie::catalogusId);
        List<ObjectNode> out = new ArrayList<>();
        for (Catalogus c : rows) {
            ObjectNode n = links.start(CATALOGUSSEN, c.uuid, c.data);
            Nodes.blankIfNull(n, "contactpersoonBeheerTelefoonnummer", "contactpersoonBeheerEmailadres");
            n.set("zaaktypen", links.versies(ZAAKTYPEN, zt.getOrDefault(c.id, List.of())));
            n.set("besluittypen", links.versies(BESLUITTYPEN, bt.getOrDefault(c.id, List.of())));
            n.set("besluittypeOmschrijving", namen(bt.getOrDefault(c.id, List.of())));
            n.set("informatieobjecttypen", links.versies(INFORMATIEOBJECTTYPEN, iot.getOrDefault(c.id, List.of())));
            n.set("informatieobjecttypeOmschrijving", namen(iot.getOrDefault(c.id, List.of())));
            out.add(n);
        }
        return out;
    }

    /** The distinct names of the versions. */
    private static com.fasterxml.jackson.databind.node.ArrayNode namen(List<Versie> versies) {
        return Nodes.strings(versies.stream().map(Versie::naam).distinct().toList());
    }
}
