package nl.zgw.catalogi.api.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Zaakobjecttype;

import java.time.LocalDate;
import java.util.List;

import static nl.zgw.catalogi.domain.Collecties.ZAAKOBJECTTYPEN;

/** ZAAKOBJECTTYPE; it relates no resultaattypen or statustypen here, so those lists are empty. */
@Singleton
public class ZaakobjecttypeRenderer extends AbstractRenderer<Zaakobjecttype> {

    public ZaakobjecttypeRenderer(Links links) {
        super(Zaakobjecttype.class, ZAAKOBJECTTYPEN, links);
    }

    @Override
    public List<ObjectNode> render(List<Zaakobjecttype> rows, LocalDate on) {
        return rows.stream().map(z -> {
            ObjectNode n = links.onderdeel(ZAAKOBJECTTYPEN, z.uuid, z.data, z.zaaktype);
            n.set("resultaattypen", Nodes.emptyArray());
            n.set("resultaattypeOmschrijving", Nodes.emptyArray());
            n.set("statustypen", Nodes.emptyArray());
            return n;
        }).toList();
    }
}
