package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Eigenschap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.EIGENSCHAPPEN;
import static nl.zgw.catalogi.domain.Collecties.STATUSTYPEN;

/** EIGENSCHAP with its statustype and specificatie. */
@Singleton
public class EigenschapRenderer extends AbstractRenderer<Eigenschap> {

    public EigenschapRenderer(Links links) {
        super(Eigenschap.class, EIGENSCHAPPEN, links);
    }

    @Override
    public List<ObjectNode> render(List<Eigenschap> rows, LocalDate on) {
        List<ObjectNode> out = new ArrayList<>();
        for (Eigenschap e : rows) {
            ObjectNode n = links.onderdeel(EIGENSCHAPPEN, e.uuid, e.data, e.zaaktype);
            n.put("statustype", e.statustype == null ? null : links.url(STATUSTYPEN, e.statustype.uuid));
            Nodes.blankIfNull(n, "toelichting");
            ObjectNode specificatie = Nodes.gegevensgroep(n, "specificatie", "groep");
            Nodes.emptyArrayIfNull(specificatie, "waardenverzameling");
            out.add(n);
        }
        return out;
    }
}
