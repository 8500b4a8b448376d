package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.ZaaktypeInformatieobjecttype;
import nl.zgw.catalogi.persistence.InformatieobjecttypeRepository;
import nl.zgw.catalogi.persistence.Versie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static nl.zgw.catalogi.domain.Collecties.*;

/** ZAAKTYPE-INFORMATIEOBJECTTYPE with its informatieobjecttype (by name) as the version valid on the date. */
@Singleton
public class ZaaktypeInformatieobjecttypeRenderer extends AbstractRenderer<ZaaktypeInformatieobjecttype> {

    private final InformatieobjecttypeRepository informatieobjecttypen;

    public ZaaktypeInformatieobjecttypeRenderer(Links links, InformatieobjecttypeRepository informatieobjecttypen) {
        super(ZaaktypeInformatieobjecttype.class, ZIOT, links);
        this.informatieobjecttypen = informatieobjecttypen;
    }

    @Override
    public List<ObjectNode> render(List<ZaaktypeInformatieobjecttype> rows, LocalDate on) {
        Set<Long> cats = Nodes.ids(rows, r -> r.zaaktype.catalogus.id);
        Set<String> names = rows.stream().map(r -> r.informatieobjecttype).collect(Collectors.toSet());
        var iots = informatieobjecttypen.geldigeVersies(cats, names, on);
        List<ObjectNode> out = new ArrayList<>();
        for (ZaaktypeInformatieobjecttype r : rows) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("url", links.url(ZIOT, r.uuid));
            n.put("zaaktype", links.url(ZAAKTYPEN, r.zaaktype.uuid));
            n.put("zaaktypeIdentificatie", r.zaaktype.identificatie);
            n.put("catalogus", links.url(CATALOGUSSEN, r.zaaktype.catalogus.uuid));
            UUID iot = iots.get(new Versie.Naam(r.zaaktype.catalogus.id, r.informatieobjecttype));
            // an informatieobjecttype not (yet) in the catalogus: "" (the file wants a string, not null)
            n.put("informatieobjecttype", iot == null ? "" : links.url(INFORMATIEOBJECTTYPEN, iot));
            n.put("volgnummer", r.volgnummer);
            n.put("richting", r.richting);
            n.put("statustype", r.statustype == null ? null : links.url(STATUSTYPEN, r.statustype.uuid));
            out.add(n);
        }
        return out;
    }
}
